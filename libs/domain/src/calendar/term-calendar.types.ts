import type { IsoDate } from '../register-codes/register-code.types.js';

/** A named holiday, both dates inclusive. */
export interface HolidayPeriod {
  name: string;
  start: IsoDate;
  end: IsoDate;
}

export type TermName = 'Autumn' | 'Spring' | 'Summer';

export interface TermDates {
  name: TermName;
  /** First and last day pupils attend in the term, inclusive. */
  start: IsoDate;
  end: IsoDate;
  /** The half-term holiday inside the term, inclusive. */
  halfTermBreak: { start: IsoDate; end: IsoDate };
}

/** An LA's published pupil term dates for one academic year (LA configuration, not code). */
export interface LaTermCalendarConfig {
  /** Start year: 2026 for 2026/27. */
  academicYear: number;
  terms: TermDates[];
  /** Staff training days inside the terms when pupils do not attend. */
  insetDays: IsoDate[];
}
