import { academicYearOf } from '../calendar/academic-year.js';
import type { HalfTerm } from '../calendar/half-terms.js';
import { isValidIsoDate } from '../calendar/iso-date.js';
import type { IsoDate } from '../register-codes/register-code.types.js';

// Source: DfE "Pupil absence in schools in England" methodology. Headline absence measures cover pupils of
// compulsory school age: aged 5 to 15 at the start of the academic year, i.e. on 31 August before it. Pupils
// aged 15 on that date are counted for the first five half terms only, because many leave or are on study
// leave in the sixth (summer, second half). Pupils outside the cohort are reported separately.

export const STATUTORY_COHORT_MIN_AGE = 5;
export const STATUTORY_COHORT_MAX_AGE = 15;
/** The half term left out for pupils aged 15 at the start of the year. */
export const EXCLUDED_HALF_TERM_FOR_AGE_15 = 6;

function assertDate(value: IsoDate, field: string): void {
  if (!isValidIsoDate(value))
    throw new RangeError(`${field} is not a valid ISO date (YYYY-MM-DD): "${value}"`);
}

/**
 * Age in whole years on a date. A birthday counts from the start of the day. Someone born on 29 February
 * has their birthday on 1 March in a common year (the month-day comparison puts 28 Feb before 29 Feb).
 */
export function ageOnDate(dateOfBirth: IsoDate, on: IsoDate): number {
  assertDate(dateOfBirth, 'dateOfBirth');
  assertDate(on, 'on');
  const years = Number(on.slice(0, 4)) - Number(dateOfBirth.slice(0, 4));
  return on.slice(5) < dateOfBirth.slice(5) ? years - 1 : years;
}

/** Age on 31 August of the start year, the day before the academic year's first September. */
export function ageAtStartOfAcademicYear(dateOfBirth: IsoDate, academicYear: number): number {
  return ageOnDate(dateOfBirth, `${academicYear}-08-31`);
}

export function isInStatutoryCohort(dateOfBirth: IsoDate, academicYear: number): boolean {
  const age = ageAtStartOfAcademicYear(dateOfBirth, academicYear);
  return age >= STATUTORY_COHORT_MIN_AGE && age <= STATUTORY_COHORT_MAX_AGE;
}

/** True for pupils aged 15 at the start of the year, whose sixth half term is left out. */
export function isSixthHalfTermExcluded(dateOfBirth: IsoDate, academicYear: number): boolean {
  return ageAtStartOfAcademicYear(dateOfBirth, academicYear) === STATUTORY_COHORT_MAX_AGE;
}

/**
 * Whether a session counts toward the statutory (headline) measures. `halfTerms` are the school's half terms
 * for the year (SchoolCalendar.halfTerms); when they hold no sixth half term (a year not yet complete),
 * nothing is left out.
 */
export function countsTowardStatutoryMeasures(
  dateOfBirth: IsoDate,
  academicYear: number,
  sessionDate: IsoDate,
  halfTerms: readonly HalfTerm[],
): boolean {
  if (academicYearOf(sessionDate) !== academicYear) {
    throw new RangeError(`Session ${sessionDate} is not in academic year ${academicYear}`);
  }
  if (!isInStatutoryCohort(dateOfBirth, academicYear)) return false;
  if (!isSixthHalfTermExcluded(dateOfBirth, academicYear)) return true;
  const sixth = halfTerms.find((halfTerm) => halfTerm.number === EXCLUDED_HALF_TERM_FOR_AGE_15);
  return sixth === undefined || sessionDate < sixth.start;
}
