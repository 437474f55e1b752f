import { Field, ObjectType } from '@nestjs/graphql';
import { AttendanceMeasures } from './attendance-measures.model.js';
import { SchoolSummary } from './school-summary.model.js';
import { WeeklyAttendance } from './weekly-attendance.model.js';

@ObjectType({
  description: "The local authority's attendance for a period (academic year to date by default).",
})
export class LaOverview {
  @Field()
  laName!: string;

  @Field()
  academicYear!: string;

  @Field()
  cohort!: string;

  @Field()
  periodStart!: string;

  @Field()
  periodEnd!: string;

  @Field(() => String, { nullable: true })
  dataAsOf!: string | null;

  @Field(() => AttendanceMeasures)
  headline!: AttendanceMeasures;

  @Field(() => [WeeklyAttendance])
  weeklyTrend!: WeeklyAttendance[];

  @Field(() => [SchoolSummary])
  schools!: SchoolSummary[];
}
