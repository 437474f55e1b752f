import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ImportFindingModel } from './import-finding.model.js';

@ObjectType({
  description: 'One load of a folder of school exports, as recorded in the operational database.',
})
export class ImportRunSummary {
  @Field()
  id!: string;

  @Field({ description: 'cli, demo-bootstrap, api or schedule' })
  trigger!: string;

  @Field({
    description: 'running, succeeded, partially-failed, failed or interrupted (the process stopped mid-run)',
  })
  status!: string;

  @Field()
  startedAt!: Date;

  @Field(() => Date, { nullable: true })
  finishedAt!: Date | null;

  @Field(() => Int)
  unitsLoaded!: number;

  @Field(() => Int)
  unitsFailed!: number;

  @Field(() => Int, {
    description: 'Exports already loaded with the same checksum, or older than one loaded',
  })
  unitsSkipped!: number;

  @Field(() => Int)
  marksLoaded!: number;

  @Field(() => [ImportFindingModel], {
    description:
      "About the run as a whole rather than one school's export, e.g. a GIAS establishment with no export phase",
  })
  warnings!: ImportFindingModel[];
}
