import type { IsoDate } from '../register-codes/register-code.types.js';
import { daysBetween } from './iso-date.js';

export interface HalfTerm {
  /** 1 = autumn first half .. 6 = summer second half. */
  number: number;
  /** First and last school day of the half term. */
  start: IsoDate;
  end: IsoDate;
}

/** English schools have three terms, each split by a half-term break. */
export const HALF_TERMS_PER_YEAR = 6;

/**
 * A gap of 7 or more calendar days between consecutive school days is a holiday: an ordinary weekend is a
 * 3-day gap and a long weekend with a bank holiday or inset days stays under 7, while a one-week break is 10.
 */
const MINIMUM_BREAK_GAP_DAYS = 7;

/**
 * Splits one academic year's school days (sorted) into half terms at its holidays. Works the same for LA term
 * dates and a school's own register, so a school that took a different half-term week gets its own dates.
 * When more than six runs appear (e.g. a week-long closure) the shortest gaps (the earlier on a tie) are
 * joined until six remain;
 * a year with data for only part of it yields fewer half terms, numbered from its first school day.
 */
export function numberHalfTerms(schoolDays: readonly IsoDate[]): HalfTerm[] {
  const runs: { start: IsoDate; end: IsoDate }[] = [];
  for (const day of schoolDays) {
    const current = runs[runs.length - 1];
    if (current && daysBetween(current.end, day) < MINIMUM_BREAK_GAP_DAYS) current.end = day;
    else runs.push({ start: day, end: day });
  }
  while (runs.length > HALF_TERMS_PER_YEAR) {
    let shortestGapAfter = 0;
    for (let index = 1; index < runs.length - 1; index += 1) {
      if (gapAfter(runs, index) < gapAfter(runs, shortestGapAfter)) shortestGapAfter = index;
    }
    const [first, second] = runs.slice(shortestGapAfter, shortestGapAfter + 2) as [HalfTermRun, HalfTermRun];
    runs.splice(shortestGapAfter, 2, { start: first.start, end: second.end });
  }
  return runs.map((run, index) => ({ number: index + 1, ...run }));
}

interface HalfTermRun {
  start: IsoDate;
  end: IsoDate;
}

function gapAfter(runs: readonly HalfTermRun[], index: number): number {
  const run = runs[index] as HalfTermRun;
  const next = runs[index + 1] as HalfTermRun;
  return daysBetween(run.end, next.start);
}
