import { academicYearBounds, addDays, maxDate, minDate, mondayOf, type HalfTerm } from '@attendance/domain';
import type { DateRange } from '../la-overview/period-weeks.js';

/** The dates both ranges hold; null when they do not meet. */
export function intersect(a: DateRange, b: DateRange): DateRange | null {
  const from = maxDate(a.from, b.from);
  const to = minDate(a.to, b.to);
  return from <= to ? { from, to } : null;
}

/** The part of a range inside an academic year; null when none is. */
export function insideYear(range: DateRange, academicYear: number): DateRange | null {
  const bounds = academicYearBounds(academicYear);
  return intersect(range, { from: bounds.start, to: bounds.end });
}

/**
 * The dates a half term's figures count: the whole weeks (Monday to Sunday) its days fall in. Weeks, because
 * the weekly summaries answer them without going back to marks; the holiday days of those weeks hold no
 * possible sessions, and half-term breaks are at least a week, so no week falls in two half terms.
 */
export function halfTermWeeks(halfTerm: HalfTerm): DateRange {
  return { from: mondayOf(halfTerm.start), to: addDays(mondayOf(halfTerm.end), 6) };
}
