import type { IsoDate } from '../register-codes/register-code.types.js';
import { isValidIsoDate } from './iso-date.js';

// The academic year runs 1 August to 31 July. The Education Act 1996 s.579 defines the school year as starting
// with the first term to begin after July, and DfE statistics, the school census and the Common Transfer File
// all label attendance by the academic year that starts in the autumn, so August belongs to the new year.

/** The start year of the academic year containing the date: 2026 for any date from 2026-08-01 to 2027-07-31. */
export function academicYearOf(date: IsoDate): number {
  if (!isValidIsoDate(date)) throw new RangeError(`Not a valid ISO date (YYYY-MM-DD): "${date}"`);
  const year = Number(date.slice(0, 4));
  return Number(date.slice(5, 7)) >= 8 ? year : year - 1;
}

/** `2026` -> `'2026/27'`, the DfE's label for a year (time_period 202627 in published files). */
export function academicYearLabel(startYear: number): string {
  return `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`;
}

export interface AcademicYearBounds {
  start: IsoDate;
  end: IsoDate;
}

export function academicYearBounds(startYear: number): AcademicYearBounds {
  return { start: `${startYear}-08-01`, end: `${startYear + 1}-07-31` };
}
