import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { RECENT_SCHOOL_WEEKS } from '@attendance/domain';
import { PeriodFigures } from '../../period/period-figures.model.js';
import { PupilListRow } from '../../pupil-lists/models/pupil-list.model.js';

@ObjectType({
  description:
    "One statutory-cohort enrolment's attendance so far and where it is heading by the end of the academic year",
})
export class EarlyWarningPupil extends PupilListRow {
  @Field(() => Int)
  possibleSessions!: number;

  @Field(() => Int)
  attendedSessions!: number;

  @Field(() => Float, { description: 'Year to date, percent' })
  attendanceRate!: number;

  @Field(() => Int, { description: 'Possible sessions in the recent school weeks' })
  recentPossibleSessions!: number;

  @Field(() => Int)
  recentAttendedSessions!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Over the recent school weeks, percent; null without a possible session in them',
  })
  recentAttendanceRate!: number | null;

  @Field(() => Float, {
    description:
      "The school's statutory-cohort attendance so far, percent, to a tenth: the rate the projection leans toward",
  })
  schoolAttendanceRate!: number;

  @Field(() => Float, {
    description:
      "The rate the rest of the year is expected at, percent: the year-to-date rate moved the model's recentWeight of the way to the recent rate, then its schoolWeight of the way to the school's rate",
  })
  expectedAttendanceRate!: number;

  @Field(() => Int, { description: 'Sessions still to come this year (term calendar, leaving date)' })
  remainingPossibleSessions!: number;

  @Field(() => Float, {
    description: 'The whole year: sessions so far plus the remaining ones at the expected rate, percent',
  })
  projectedAttendanceRate!: number;

  @Field(() => Float, {
    description:
      "The projected absence, percent, this pupil is flagged from: 10% less the model's flagMarginPoints times the share of the pupil's year still to come",
  })
  flagFromProjectedAbsencePercent!: number;

  @Field({ description: 'Persistently absent (10% or more) over the year so far' })
  alreadyPersistent!: boolean;

  @Field({
    description:
      "The early warning: not persistently absent yet, but the projected year's absence is at least flagFromProjectedAbsencePercent (or the recent absence at least the model's recentAbsenceFlagPercent)",
  })
  likelyPersistent!: boolean;
}

@ObjectType({
  description:
    "How the list projects and flags: the rest of the year at the year-to-date rate moved recentWeight of the way to the recent rate and schoolWeight of the way to the school's rate; flagged from a projected absence of 10% less flagMarginPoints times the share of the pupil's year still to come",
})
export class EarlyWarningModelSettings {
  @Field(() => Int, { description: 'School weeks that make the recent rate' })
  recentSchoolWeeks!: number;

  @Field(() => Float, {
    description:
      '0 = the year-to-date rate only, 1 = the recent rate, 2 = the recent change carried on again',
  })
  recentWeight!: number;

  @Field(() => Float, { description: "The school rate's share of the rest of the year, 0 to 1" })
  schoolWeight!: number;

  @Field(() => Float, {
    description:
      'Points under the persistent absence threshold a projection is flagged from at the start of the year; none at its end',
  })
  flagMarginPoints!: number;

  @Field(() => Int, {
    nullable: true,
    description:
      "Also flagged from this absence over the recent weeks, percent; null: the recent weeks don't flag",
  })
  recentAbsenceFlagPercent!: number | null;
}

@ObjectType({
  description:
    'Early warning for the statutory cohort: projected end-of-year attendance and who is likely to become persistently absent. periodEnd is the last date counted.',
})
export class EarlyWarningList extends PeriodFigures {
  @Field(() => String, {
    nullable: true,
    description: `The recent rate counts the weeks from this Monday (the last ${RECENT_SCHOOL_WEEKS} school weeks); null before any`,
  })
  recentFrom!: string | null;

  @Field(() => EarlyWarningModelSettings)
  model!: EarlyWarningModelSettings;

  @Field(() => Int, { description: 'Enrolments with a possible session so far' })
  enrolments!: number;

  @Field(() => Int)
  alreadyPersistent!: number;

  @Field(() => Int)
  likelyPersistent!: number;

  @Field(() => Int, { description: 'How many pupils the whole list holds (every page)' })
  length!: number;

  @Field(() => [EarlyWarningPupil])
  pupils!: EarlyWarningPupil[];
}
