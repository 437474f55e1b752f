import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { AttendanceMeasures } from '../../overview/models/attendance-measures.model.js';

@ObjectType({
  description:
    "A school of the same phase whose intake is close: straight-line distance between the two schools' FSM and SEN shares, in percentage points",
})
export class SimilarSchool {
  @Field()
  urn!: string;

  @Field(() => Float)
  distance!: number;

  @Field(() => Int, { description: 'Statutory-cohort enrolments with possible sessions in the period' })
  enrolments!: number;

  @Field(() => Float, { description: 'Share of those enrolments eligible for free school meals (0-100)' })
  fsmPercent!: number;

  @Field(() => Float, { description: 'Share with an EHC plan or SEN support (0-100)' })
  senPercent!: number;

  @Field(() => AttendanceMeasures)
  measures!: AttendanceMeasures;
}
