import { Field, Float, ObjectType } from '@nestjs/graphql';
import { Comparisons } from '../../comparisons/models/comparisons.model.js';
import { AttendanceMeasures } from '../../overview/models/attendance-measures.model.js';
import { WeeklyAttendance } from '../../overview/models/weekly-attendance.model.js';
import { PeriodFigures } from '../../period/period-figures.model.js';
import { SimilarSchool } from './similar-school.model.js';

@ObjectType({
  description:
    "One school's attendance for a period (statutory cohort): headline, weekly trend, its intake, similar schools and comparisons with the LA, region and England.",
})
export class SchoolOverview extends PeriodFigures {
  @Field()
  urn!: string;

  @Field(() => String, { nullable: true, description: "The school's latest mark in the period" })
  lastMarkDate!: string | null;

  @Field(() => AttendanceMeasures)
  headline!: AttendanceMeasures;

  @Field(() => [WeeklyAttendance])
  weeklyTrend!: WeeklyAttendance[];

  @Field(() => Float, { description: 'Share of enrolments eligible for free school meals (0-100)' })
  fsmPercent!: number;

  @Field(() => Float, { description: 'Share with an EHC plan or SEN support (0-100)' })
  senPercent!: number;

  @Field(() => [SimilarSchool], { description: 'Nearest first' })
  similarSchools!: SimilarSchool[];

  @Field(() => Comparisons)
  comparisons!: Comparisons;
}
