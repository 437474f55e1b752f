import { addDays, mondayOf } from '../calendar/iso-date.js';
import type { SchoolCalendar } from '../calendar/school-calendar.js';
import type { IsoDate } from '../register-codes/register-code.types.js';

// Source: DfE "Working together to improve school attendance" (August 2024), penalty notices chapter, and the
// School Attendance (Penalty Notices) (England) Regulations 2024: from 19 August 2024 a penalty notice must
// be considered when a pupil has 10 sessions of unauthorised absence (G, N, O or U) within a rolling period
// of 10 school weeks. The sessions need not be consecutive and the period may span terms and academic years.
// A school week is a Monday-to-Sunday week with at least one school day, so holiday weeks do not count.

export const PENALTY_NOTICE_FRAMEWORK_IN_FORCE_FROM: IsoDate = '2024-08-19';

export interface PenaltyNoticeThreshold {
  readonly unauthorisedSessions: number;
  readonly schoolWeeks: number;
  /** Typed as plain strings so `codes.includes(mark)` works on any register mark. */
  readonly codes: readonly string[];
}

export const PENALTY_NOTICE_THRESHOLD: PenaltyNoticeThreshold = {
  unauthorisedSessions: 10,
  schoolWeeks: 10,
  codes: ['G', 'N', 'O', 'U'],
};

export interface SessionMark {
  date: IsoDate;
  mark: string;
}

export interface RollingWindowCount {
  /** Unauthorised sessions (threshold codes) dated windowStart..windowEnd inclusive. */
  count: number;
  /** Monday of the earliest school week in the window. */
  windowStart: IsoDate;
  windowEnd: IsoDate;
  /** School weeks found; fewer than 10 only where the calendar starts inside the window. */
  schoolWeeks: number;
}

const thresholdCodes: ReadonlySet<string> = new Set(PENALTY_NOTICE_THRESHOLD.codes);

/** Monday of the earliest of the 10 school weeks ending with the week containing `windowEnd`. */
export function rollingWindowStart(
  calendar: SchoolCalendar,
  windowEnd: IsoDate,
): { start: IsoDate; weeks: number } {
  const earliestKnown = calendar.coverage?.from ?? windowEnd;
  let monday = mondayOf(windowEnd);
  let start = monday;
  let weeks = 0;
  while (weeks < PENALTY_NOTICE_THRESHOLD.schoolWeeks && addDays(monday, 6) >= earliestKnown) {
    if (calendar.schoolDays(monday, addDays(monday, 6)).length > 0) {
      weeks += 1;
      start = monday;
    }
    monday = addDays(monday, -7);
  }
  return { start, weeks };
}

/**
 * Counts one pupil's unauthorised sessions in the rolling window ending on `windowEnd`. Marks after
 * `windowEnd` are not counted (they were not known on that date). Every mark in the window counts, also one
 * on a date the calendar does not hold as a school day, because the register is the evidence.
 */
export function unauthorisedSessionsInRollingWindow(
  marks: Iterable<SessionMark>,
  calendar: SchoolCalendar,
  windowEnd: IsoDate,
): RollingWindowCount {
  const { start, weeks } = rollingWindowStart(calendar, windowEnd);
  let count = 0;
  for (const { date, mark } of marks) {
    if (date >= start && date <= windowEnd && thresholdCodes.has(mark)) count += 1;
  }
  return { count, windowStart: start, windowEnd, schoolWeeks: weeks };
}

export function meetsPenaltyNoticeThreshold(
  marks: Iterable<SessionMark>,
  calendar: SchoolCalendar,
  windowEnd: IsoDate,
): boolean {
  return (
    unauthorisedSessionsInRollingWindow(marks, calendar, windowEnd).count >=
    PENALTY_NOTICE_THRESHOLD.unauthorisedSessions
  );
}

/**
 * The first date on which the threshold was met, or null. The national threshold began on 19 August 2024, so
 * no earlier date is returned; sessions before it still count inside a window that ends on or after it (a
 * pupil with 10 such sessions in July 2024 meets it on 19 August 2024 itself).
 */
export function firstDateThresholdMet(
  marks: Iterable<SessionMark>,
  calendar: SchoolCalendar,
): IsoDate | null {
  const unauthorised = [...marks].filter(({ mark }) => thresholdCodes.has(mark));
  const candidateDates = [
    ...new Set([
      PENALTY_NOTICE_FRAMEWORK_IN_FORCE_FROM,
      ...unauthorised
        .map(({ date }) => date)
        .filter((date) => date >= PENALTY_NOTICE_FRAMEWORK_IN_FORCE_FROM),
    ]),
  ].sort();
  return candidateDates.find((date) => meetsPenaltyNoticeThreshold(unauthorised, calendar, date)) ?? null;
}
