import { academicYearOf, addDays, mondayOf, type IsoDate } from '@attendance/domain';
import type { DateRange } from './period-weeks.js';
import { sameDatesLastYear } from '../time-series/same-point-last-year.js';
import type { AttendanceMeasures, LaOverviewResult } from './la-overview.types.js';
import type { OverviewPeriod } from './overview-period.js';

// The headline's two comparisons, each an overview of another period whose rates are subtracted from the
// period's own:
// - since last week: the same period through the end of the previous week (the Sunday before the Monday of the
//   week the period ends in), so a Friday's figures are compared with the Sunday before; none when the period
//   has no earlier week;
// - the same point last year: the same dates 52 weeks earlier (the time series' definition,
//   same-point-last-year.ts), inside the previous academic year.
// Changes are in percentage points; null where either side has no figure (no possible sessions or enrolments).

export interface HeadlineComparisonPeriods {
  sinceLastWeek: DateRange | null;
  samePointLastYear: DateRange | null;
}

export function headlineComparisonPeriods(period: OverviewPeriod): HeadlineComparisonPeriods {
  const endOfLastWeek = addDays(mondayOf(period.end), -1);
  return {
    sinceLastWeek: endOfLastWeek >= period.start ? { from: period.start, to: endOfLastWeek } : null,
    samePointLastYear: sameDatesLastYear({ from: period.start, to: period.end }, period.academicYear),
  };
}

export const HEADLINE_RATES = [
  'attendanceRate',
  'authorisedAbsenceRate',
  'unauthorisedAbsenceRate',
  'persistentAbsenceRate',
  'severeAbsenceRate',
] as const satisfies readonly (keyof AttendanceMeasures)[];

export type HeadlineRate = (typeof HEADLINE_RATES)[number];

/** The headline's rates now minus then, in percentage points. */
export type HeadlineRateChanges = Record<HeadlineRate, number | null>;

export interface HeadlineChange {
  /** The period compared with. */
  from: IsoDate;
  to: IsoDate;
  /** False when the store holds no possible sessions for that period: every change is then null. */
  hasData: boolean;
  /** The compared period's own figures. */
  measures: AttendanceMeasures;
  changes: HeadlineRateChanges;
}

export function headlineChange(
  current: AttendanceMeasures,
  compared: AttendanceMeasures,
  period: DateRange,
): HeadlineChange {
  const changes = Object.fromEntries(
    HEADLINE_RATES.map((rate) => {
      const now = current[rate];
      const then = compared[rate];
      return [rate, now === null || then === null ? null : now - then];
    }),
  ) as HeadlineRateChanges;
  return {
    from: period.from,
    to: period.to,
    hasData: compared.possibleSessions > 0,
    measures: compared,
    changes,
  };
}

export interface HeadlineChanges {
  /** Null when the period has no earlier week. */
  sinceLastWeek: HeadlineChange | null;
  /** Null when no date of it falls in the previous academic year. */
  samePointLastYear: HeadlineChange | null;
}

/** An overview of a period for this scope: queryLaOverview, or a cached answer of it. */
export type OverviewOfPeriod = (period: DateRange) => Promise<LaOverviewResult>;

/**
 * The changes of an overview's headline since last week and since the same point last year, each from an
 * overview of the compared period, asked of `overviewOf` (the API passes its cached overview).
 */
export async function headlineChanges(
  overview: Pick<LaOverviewResult, 'headline' | 'periodStart' | 'periodEnd'>,
  overviewOf: OverviewOfPeriod,
): Promise<HeadlineChanges> {
  const period: OverviewPeriod = {
    academicYear: academicYearOf(overview.periodStart),
    start: overview.periodStart,
    end: overview.periodEnd,
  };
  const periods = headlineComparisonPeriods(period);
  const compare = async (range: DateRange | null) =>
    range === null ? null : headlineChange(overview.headline, (await overviewOf(range)).headline, range);
  const [sinceLastWeek, samePointLastYear] = await Promise.all([
    compare(periods.sinceLastWeek),
    compare(periods.samePointLastYear),
  ]);
  return { sinceLastWeek, samePointLastYear };
}
