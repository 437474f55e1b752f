import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { PersistentAndSevereAbsence } from '../../overview/models/attendance-measures.model.js';
import { SessionCounts } from '../../period/session-counts.model.js';

@ObjectType({
  description:
    'Persistent and severe absence within one half term: each enrolment judged over its own sessions in it (DfE thresholds, 10% and 50%).',
})
export class HalfTermAbsence extends PersistentAndSevereAbsence {
  @Field(() => Int, { description: 'Enrolments with possible sessions in the half term' })
  enrolments!: number;
}

@ObjectType({
  description:
    'Session counts and rates of a run of dates (both ends inclusive). Rates are percentages (0-100) of possible sessions, unrounded.',
})
export class TimeSeriesFigures extends SessionCounts {
  @Field()
  start!: string;

  @Field()
  end!: string;

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
