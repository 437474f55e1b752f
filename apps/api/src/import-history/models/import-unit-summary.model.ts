import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ImportFindingModel } from './import-finding.model.js';

@ObjectType({
  description: "One school's export within an import run: loaded, skipped or failed as a whole.",
})
export class ImportUnitSummary {
  @Field()
  urn!: string;

  @Field()
  exportDate!: string;

  @Field({ description: 'loaded, failed or skipped' })
  status!: string;

  @Field({ description: 'The format the school sent: csv-pair, marks-string or ctf' })
  format!: string;

  @Field()
  pupilsFile!: string;

  @Field()
  marksFile!: string;

  @Field(() => Int)
  pupilRows!: number;

  @Field(() => Int)
  markRows!: number;

  @Field(() => Int)
  durationMs!: number;

  @Field(() => String, { nullable: true, description: 'SHA-256 of the files' })
  checksum!: string | null;

  @Field(() => [ImportFindingModel], { description: 'Errors reject the unit' })
  errors!: ImportFindingModel[];

  @Field(() => [ImportFindingModel], { description: 'Warnings are kept with the run; the unit still loads' })
  warnings!: ImportFindingModel[];

  @Field(() => String, { nullable: true, description: 'Where a rejected unit was moved, with a reason file' })
  quarantinedTo!: string | null;
}
