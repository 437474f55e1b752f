import { addDays, daysBetween, minDate, type HalfTerm } from '@attendance/domain';
import type { DateRange } from '../la-overview/period-weeks.js';
import { halfTermWeeks, insideYear, intersect } from './date-ranges.js';

// "The same point last year", defined once for every series:
// - a day or a week: the same dates 364 days (52 weeks) earlier, so each date falls on the same weekday and a
//   week is compared with a whole Monday-to-Sunday week (or the same days of it, for a week the period or the
//   data cut short);
// - a half term: the half term with the same number in the previous academic year (LA calendar, half_terms
//   table). When this year's half term is only partly counted (the period starts or ends inside it, or the
//   data does: the year to date), last year's covers the same part: the same number of days from the Monday
//   of its first week. Otherwise the whole of it. Half terms move between years, 52 weeks do not line up.
// Dates outside the previous academic year are left out: 364 days before the last days of July fall on 1 or 2
// August of this year, always a holiday.

export const DAYS_IN_52_WEEKS = 364;

/** The same dates 52 weeks earlier, inside the previous academic year; null when none is. */
export function sameDatesLastYear(range: DateRange, academicYear: number): DateRange | null {
  const shifted = {
    from: addDays(range.from, -DAYS_IN_52_WEEKS),
    to: addDays(range.to, -DAYS_IN_52_WEEKS),
  };
  return insideYear(shifted, academicYear - 1);
}

/**
 * The dates to count for last year's half term, given the dates counted for this year's (a part of its
 * weeks, see halfTermWeeks). Null when last year's half term is too short to hold that part.
 */
export function sameHalfTermLastYear(
  thisYear: HalfTerm,
  lastYear: HalfTerm,
  counted: DateRange,
): DateRange | null {
  const weeks = halfTermWeeks(thisYear);
  const lastYearWeeks = halfTermWeeks(lastYear);
  const sameDay = (date: string) => addDays(lastYearWeeks.from, daysBetween(weeks.from, date));
  const to = counted.to === weeks.to ? lastYearWeeks.to : minDate(sameDay(counted.to), lastYearWeeks.to);
  return intersect({ from: sameDay(counted.from), to }, lastYearWeeks);
}
