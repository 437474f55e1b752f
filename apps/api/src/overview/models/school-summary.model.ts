import { Field, ObjectType } from '@nestjs/graphql';
import { AttendanceMeasures } from './attendance-measures.model.js';

@ObjectType()
export class SchoolSummary {
  @Field()
  urn!: string;

  @Field()
  name!: string;

  @Field()
  phase!: string;

  @Field()
  type!: string;

  @Field(() => String, { nullable: true })
  lastMarkDate!: string | null;

  @Field(() => AttendanceMeasures)
  measures!: AttendanceMeasures;
}
