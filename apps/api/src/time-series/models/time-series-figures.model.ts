import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description:
    'Persistent and severe absence within one half term: each enrolment judged over its own sessions in it (DfE thresholds, 10% and 50%).',
})
export class HalfTermAbsence {
  @Field(() => Int, { description: 'Enrolments with possible sessions in the half term' })
  enrolments!: number;

  @Field(() => Int)
  persistentAbsentees!: number;

  @Field(() => Float, { nullable: true })
  persistentAbsenceRate!: number | null;

  @Field(() => Int)
  severeAbsentees!: number;

  @Field(() => Float, { nullable: true })
  severeAbsenceRate!: number | null;
}

@ObjectType({
  description:
    'Session counts and rates of a run of dates (both ends inclusive). Rates are percentages (0-100) of possible sessions, unrounded.',
})
export class TimeSeriesFigures {
  @Field()
  start!: string;

  @Field()
  end!: string;

  @Field(() => Int)
  possibleSessions!: number;

  @Field(() => Int)
  attendedSessions!: number;

  @Field(() => Int)
  authorisedSessions!: number;

  @Field(() => Int)
  unauthorisedSessions!: number;

  @Field(() => Float)
  attendanceRate!: number;

  @Field(() => Float)
  overallAbsenceRate!: number;

  @Field(() => Float)
  authorisedAbsenceRate!: number;

  @Field(() => Float)
  unauthorisedAbsenceRate!: number;

  @Field(() => HalfTermAbsence, { nullable: true, description: 'Half-term points only' })
  halfTermAbsence!: HalfTermAbsence | null;
}
