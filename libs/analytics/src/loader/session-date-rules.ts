import {
  SchoolCalendar,
  academicYearOf,
  defaultLaTermCalendar,
  isValidIsoDate,
  isWeekend,
  type IsoDate,
} from '@attendance/domain';

/** What is wrong with every mark on one session date, whoever the pupil and whatever the code. */
export type SessionDateProblem = 'weekend-mark' | 'mark-after-export-date';

/** A date the school marked that the LA calendar has no pupil day on: worth a look, never a rejection. */
export type SessionDateWarning = 'day-not-in-la-calendar';

export interface SessionDateVerdict {
  date: IsoDate;
  problem: SessionDateProblem | null;
  warning: SessionDateWarning | null;
}

/**
 * Judges each distinct session date of an export once (there are at most a few hundred, however many marks):
 * registers are taken on weekdays only, and never for a session after the night the export was produced.
 * A weekday missing from the LA's calendar is only a warning: the school's register is the authority on its
 * own term dates (academies set their own, and inset days differ by school).
 */
export function judgeSessionDates(dates: Iterable<IsoDate>, exportDate: IsoDate): SessionDateVerdict[] {
  const calendars = new Map<number, SchoolCalendar>();
  const laCalendarOf = (date: IsoDate): SchoolCalendar => {
    const year = academicYearOf(date);
    let calendar = calendars.get(year);
    if (!calendar) {
      calendar = SchoolCalendar.fromTermConfig(defaultLaTermCalendar(year));
      calendars.set(year, calendar);
    }
    return calendar;
  };
  return [...dates].filter(isValidIsoDate).map((date) => {
    const problem: SessionDateProblem | null = isWeekend(date)
      ? 'weekend-mark'
      : date > exportDate
        ? 'mark-after-export-date'
        : null;
    const warning: SessionDateWarning | null =
      problem === null && !laCalendarOf(date).isSchoolDay(date) ? 'day-not-in-la-calendar' : null;
    return { date, problem, warning };
  });
}
