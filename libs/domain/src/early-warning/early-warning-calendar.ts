import { academicYearBounds, academicYearOf } from '../calendar/academic-year.js';
import { addDays, mondayOf } from '../calendar/iso-date.js';
import type { SchoolCalendar } from '../calendar/school-calendar.js';
import { EXCLUDED_HALF_TERM_FOR_AGE_15, isSixthHalfTermExcluded } from '../cohort/statutory-cohort.js';
import type { IsoDate } from '../register-codes/register-code.types.js';
import { RECENT_SCHOOL_WEEKS } from './early-warning-model.js';

// What the early-warning projection needs from the term calendar: which weeks are "recent" and how many
// sessions of the year are still to come for a pupil. Both stay inside the as-of date's academic year (the
// projection is of that year). A leaving date is the last day on roll. Pupils aged 15 at the start of the
// year have no sixth half term in the statutory measures, so none of it is still to come for them.

/** A school day has a morning and an afternoon session. */
export const SESSIONS_PER_SCHOOL_DAY = 2;

/**
 * Mondays of the latest `count` school weeks of the academic year holding a school day on or before `asOf`,
 * latest first (fewer early in the year). The week of `asOf` counts once it has had a school day.
 */
export function recentSchoolWeekStarts(
  calendar: SchoolCalendar,
  asOf: IsoDate,
  count: number = RECENT_SCHOOL_WEEKS,
): IsoDate[] {
  const { start } = academicYearBounds(academicYearOf(asOf));
  const weeks = [...new Set(calendar.schoolDays(start, asOf).map(mondayOf))];
  return weeks.reverse().slice(0, count);
}

/** The Monday from which weeks make the recent rate: the earliest of the recent school weeks; null before any. */
export function recentWeeksFrom(calendar: SchoolCalendar, asOf: IsoDate): IsoDate | null {
  return recentSchoolWeekStarts(calendar, asOf).at(-1) ?? null;
}

/** School days after `asOf` to the end of its academic year, sorted. */
export function remainingSchoolDays(calendar: SchoolCalendar, asOf: IsoDate): IsoDate[] {
  return calendar.schoolDays(addDays(asOf, 1), academicYearBounds(academicYearOf(asOf)).end);
}

/** The first day of the sixth half term of the as-of date's academic year; null when the calendar has none. */
export function sixthHalfTermStart(calendar: SchoolCalendar, asOf: IsoDate): IsoDate | null {
  const halfTerms = calendar.halfTerms(academicYearOf(asOf));
  return halfTerms.find((halfTerm) => halfTerm.number === EXCLUDED_HALF_TERM_FOR_AGE_15)?.start ?? null;
}

/**
 * Sessions a pupil can still be expected at after `asOf` this academic year: every remaining school day up to
 * the leaving date, before the sixth half term for a pupil aged 15 at the start of the year.
 */
export function remainingPossibleSessions(
  calendar: SchoolCalendar,
  pupil: { asOf: IsoDate; dateOfBirth: IsoDate; leavingDate: IsoDate | null },
): number {
  const sixthStart = isSixthHalfTermExcluded(pupil.dateOfBirth, academicYearOf(pupil.asOf))
    ? sixthHalfTermStart(calendar, pupil.asOf)
    : null;
  const days = remainingSchoolDays(calendar, pupil.asOf).filter(
    (day) =>
      (pupil.leavingDate === null || day <= pupil.leavingDate) && (sixthStart === null || day < sixthStart),
  );
  return days.length * SESSIONS_PER_SCHOOL_DAY;
}
