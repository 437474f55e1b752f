import { Field, ObjectType } from '@nestjs/graphql';
import { Comparisons } from '../../comparisons/models/comparisons.model.js';
import { PeriodFigures } from '../../period/period-figures.model.js';
import { AttendanceMeasures } from './attendance-measures.model.js';
import { SchoolSummary } from './school-summary.model.js';
import { WeeklyAttendance } from './weekly-attendance.model.js';

@ObjectType({
  description: "The local authority's attendance for a period (academic year to date by default).",
})
export class LaOverview extends PeriodFigures {
  @Field()
  laName!: string;

  @Field()
  cohort!: string;

  @Field(() => AttendanceMeasures)
  headline!: AttendanceMeasures;

  @Field(() => [WeeklyAttendance])
  weeklyTrend!: WeeklyAttendance[];

  /** Every school of the overview; the `schools` and `schoolCount` fields page and filter them. */
  allSchools!: SchoolSummary[];

  @Field(() => Comparisons, { description: "The LA's figures beside its region's and England's" })
  comparisons!: Comparisons;
}
