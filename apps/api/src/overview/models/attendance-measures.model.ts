import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { withSessionCounts } from '../../period/session-counts.model.js';

/** How many enrolments are persistently (10%+) and severely (50%+) absent, and their share (DfE thresholds). */
@ObjectType({ isAbstract: true })
export class PersistentAndSevereAbsence {
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
    'Attendance and absence measures for a group of enrolments, DfE definitions. Rates are percentages (0-100) of possible sessions, unrounded; null when there are no possible sessions.',
})
export class AttendanceMeasures extends withSessionCounts(PersistentAndSevereAbsence) {
  @Field(() => Int)
  enrolments!: number;

  @Field(() => Float, { nullable: true })
  attendanceRate!: number | null;

  @Field(() => Float, { nullable: true })
  overallAbsenceRate!: number | null;

  @Field(() => Float, { nullable: true })
  authorisedAbsenceRate!: number | null;

  @Field(() => Float, { nullable: true })
  unauthorisedAbsenceRate!: number | null;
}
