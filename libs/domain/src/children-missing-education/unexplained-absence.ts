import type { SchoolCalendar } from '../calendar/school-calendar.js';
import type { IsoDate } from '../register-codes/register-code.types.js';

// Unexplained absence counts in school days (DfE "Working together to improve school attendance", 2024, and
// "Children missing education", 2024): schools tell the LA about 10 continuous school days of unauthorised
// absence, and regulation 9(1)(i) of the 2024 pupil registration regulations allows deletion from the roll
// after 20 continuous school days of unauthorised absence once joint enquiries have failed.

/** Codes that leave an absence unexplained: no reason yet (N) and other unauthorised (O). */
export const DEFAULT_UNEXPLAINED_ABSENCE_CODES: readonly string[] = ['N', 'O'];

/** Regulation 9 ground (i): at least 20 continuous school days of G, N or O (unauthorised absence). */
export const REGULATION_9_GROUND_I_CODES: readonly string[] = ['G', 'N', 'O'];
export const REGULATION_9_GROUND_I_SCHOOL_DAYS = 20;

/** Schools notify the LA after this many continuous school days of unauthorised absence. */
export const CONTINUOUS_ABSENCE_NOTIFICATION_SCHOOL_DAYS = 10;

/** Planned closure: a session marked `#` neither counts toward nor breaks a run. */
const PLANNED_CLOSURE_CODE = '#';

export interface RegisterSessionMark {
  date: IsoDate;
  session: 'AM' | 'PM';
  mark: string;
}

export interface UnexplainedAbsenceRun {
  /** School days in the current run, counted back from the last school day on or before `asOf`. */
  days: number;
  /** First school day of the run; null when `days` is 0. */
  since: IsoDate | null;
}

/**
 * Consecutive school days of unexplained absence ending on the last school day on or before `asOf`.
 * - A school day counts when it has at least one session other than `#` and every such session is one of
 *   `codes`. A day with one unexplained and one attended (or explained) session breaks the run: the pupil was
 *   seen or accounted for that day.
 * - Days that are not school days (weekends, holidays, closures in the calendar) and days whose every
 *   session is `#` are stepped over: they neither count nor break the run.
 * - A school day with no marks at all breaks the run: without a register entry the absence is not evidenced.
 */
export function consecutiveUnexplainedAbsenceDays(
  marks: Iterable<RegisterSessionMark>,
  calendar: SchoolCalendar,
  asOf: IsoDate,
  codes: readonly string[] = DEFAULT_UNEXPLAINED_ABSENCE_CODES,
): UnexplainedAbsenceRun {
  const unexplained = new Set(codes);
  const marksByDate = new Map<IsoDate, string[]>();
  for (const { date, mark } of marks) {
    if (date > asOf) continue;
    marksByDate.set(date, [...(marksByDate.get(date) ?? []), mark]);
  }
  let days = 0;
  let since: IsoDate | null = null;
  let day = calendar.lastSchoolDayOnOrBefore(asOf);
  while (day !== null) {
    const sessions = (marksByDate.get(day) ?? []).filter((mark) => mark !== PLANNED_CLOSURE_CODE);
    const closedAllDay = sessions.length === 0 && marksByDate.has(day);
    if (!closedAllDay) {
      if (sessions.length === 0 || !sessions.every((mark) => unexplained.has(mark))) break;
      days += 1;
      since = day;
    }
    day = calendar.nthSchoolDayBefore(day, 1);
  }
  return { days, since };
}
