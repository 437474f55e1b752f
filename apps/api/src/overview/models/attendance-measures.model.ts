import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description:
    'Attendance and absence measures for a group of enrolments, DfE definitions. Rates are percentages (0-100) of possible sessions, unrounded; null when there are no possible sessions.',
})
export class AttendanceMeasures {
  @Field(() => Int)
  enrolments!: number;

  @Field(() => Int)
  possibleSessions!: number;

  @Field(() => Int)
  attendedSessions!: number;

  @Field(() => Int)
  authorisedSessions!: number;

  @Field(() => Int)
  unauthorisedSessions!: number;

  @Field(() => Float, { nullable: true })
  attendanceRate!: number | null;

  @Field(() => Float, { nullable: true })
  overallAbsenceRate!: number | null;

  @Field(() => Float, { nullable: true })
  authorisedAbsenceRate!: number | null;

  @Field(() => Float, { nullable: true })
  unauthorisedAbsenceRate!: number | null;

  @Field(() => Int)
  persistentAbsentees!: number;

  @Field(() => Float, { nullable: true })
  persistentAbsenceRate!: number | null;

  @Field(() => Int)
  severeAbsentees!: number;

  @Field(() => Float, { nullable: true })
  severeAbsenceRate!: number | null;
}
