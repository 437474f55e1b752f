import {
  academicYearBounds,
  addDays,
  daysBetween,
  maxDate,
  minDate,
  mondayOf,
  type IsoDate,
} from '@attendance/domain';
import type { OverviewPeriod } from './overview-period.js';

/** A run of dates counted from raw marks, both ends inclusive. */
export interface DateRange {
  from: IsoDate;
  to: IsoDate;
}

/**
 * How a period is read: whole weeks from enrolment_weeks, and at most two weeks the period cuts in two
 * (partial weeks) counted from marks for just the period's dates.
 */
export interface PeriodWeeks {
  academicYear: number;
  /** The whole academic year's data: the loader's yearly rollups answer it. */
  wholeYear: boolean;
  /**
   * For a period from 1 August that ends before the latest mark: the rest of the year after it, when its weekly
   * rows are fewer than the period's own, so the yearly rollup less these weeks answers the period (the
   * overview's "since last week" comparison: the year to date less its latest week). Null otherwise.
   */
  restOfYear: PeriodWeeks | null;
  /** week_start of the first and last summary week to read; null when no week is read from summaries. */
  summaryWeeks: DateRange | null;
  partialWeeks: DateRange[];
}

/**
 * A week's summary row can stand for the period when the period keeps every mark of it: the period starts on
 * the week's Monday or on 1 August (summaries split at 1 August), and ends on its Sunday, on 31 July, or at or
 * after the latest mark in the store (no marks lie after it). A period from 1 August that ends earlier also
 * gets restOfYear, the same reading of the days after it to 31 July, when that spans fewer weeks of rows.
 */
export function periodWeeks(period: OverviewPeriod, latestMarkDate: IsoDate | null): PeriodWeeks {
  const weeks = periodOwnWeeks(period, latestMarkDate);
  if (
    weeks.wholeYear ||
    latestMarkDate === null ||
    period.start !== academicYearBounds(period.academicYear).start
  ) {
    return weeks;
  }
  const restOfYear = periodOwnWeeks(
    {
      academicYear: period.academicYear,
      start: addDays(period.end, 1),
      end: academicYearBounds(period.academicYear).end,
    },
    latestMarkDate,
  );
  // The rollup holds about a week of rows (one per enrolment and cohort), so it counts as one week more.
  const cheaper = weeksRead(restOfYear, latestMarkDate) + 1 < weeksRead(weeks, latestMarkDate);
  return cheaper ? { ...weeks, restOfYear } : weeks;
}

/** How many weeks of weekly rows a period's summary weeks span (none after the latest mark's week). */
function weeksRead(weeks: PeriodWeeks, latestMarkDate: IsoDate): number {
  if (weeks.summaryWeeks === null) return 0;
  const lastHeld = minDate(weeks.summaryWeeks.to, mondayOf(latestMarkDate));
  return Math.max(0, Math.round(daysBetween(weeks.summaryWeeks.from, lastHeld) / 7) + 1);
}

/** The period's own weeks: summary rows it keeps whole, and marks of a week it cuts in two. */
function periodOwnWeeks(period: OverviewPeriod, latestMarkDate: IsoDate | null): PeriodWeeks {
  const bounds = academicYearBounds(period.academicYear);
  const firstWeek = mondayOf(period.start);
  const lastWeek = mondayOf(period.end);
  const startsCleanly = period.start === firstWeek || period.start === bounds.start;
  const keepsEveryLaterMark =
    period.end === bounds.end || latestMarkDate === null || period.end >= latestMarkDate;
  const endsCleanly = period.end === addDays(lastWeek, 6) || keepsEveryLaterMark;

  const isWhole = (week: IsoDate) =>
    (week !== firstWeek || startsCleanly) && (week !== lastWeek || endsCleanly);
  const partialWeeks = [...new Set([firstWeek, lastWeek])]
    .filter((week) => !isWhole(week))
    .map((week) => ({ from: maxDate(week, period.start), to: minDate(addDays(week, 6), period.end) }));
  const summaryFrom = isWhole(firstWeek) ? firstWeek : addDays(firstWeek, 7);
  const summaryTo = isWhole(lastWeek) ? lastWeek : addDays(lastWeek, -7);
  return {
    academicYear: period.academicYear,
    wholeYear: period.start === bounds.start && keepsEveryLaterMark,
    restOfYear: null,
    summaryWeeks: summaryFrom <= summaryTo ? { from: summaryFrom, to: summaryTo } : null,
    partialWeeks,
  };
}
