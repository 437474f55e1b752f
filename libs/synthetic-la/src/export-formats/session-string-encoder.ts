import { addDays, dayOfWeek, type IsoDate } from '@attendance/domain';

// Writes the session string of the marks-string CSV and of CTF `AttendanceMarks` (documented in
// libs/analytics/src/formats/README.md): one character per session, AM then PM, for every weekday from the
// start date (weekends never appear), `-` for a weekday session without a mark, two-character codes in
// brackets. Kept apart from the analytics reader on purpose, so the round-trip tests compare two
// independent implementations of the format.

export const NO_SESSION_MARK = '-';

export interface SessionMark {
  date: IsoDate;
  session: 'AM' | 'PM';
  mark: string;
}

export interface EncodedSessionString {
  /** The date of the first character's AM session: the first mark's date. */
  startDate: IsoDate;
  marks: string;
}

export function encodeMark(mark: string): string {
  return mark.length === 1 ? mark : `[${mark}]`;
}

/** Encodes one pupil's marks, given in date and session order; null when there are none. */
export function encodeSessionString(marks: Iterable<SessionMark>): EncodedSessionString | null {
  let startDate: IsoDate | null = null;
  let date: IsoDate = '';
  let nextSession = 0;
  const parts: string[] = [];
  for (const row of marks) {
    if (dayOfWeek(row.date) >= 6) throw new RangeError(`A mark on a weekend cannot be encoded: ${row.date}`);
    if (startDate === null) {
      startDate = row.date;
      date = row.date;
    }
    const session = row.session === 'AM' ? 0 : 1;
    while (date < row.date) {
      parts.push(NO_SESSION_MARK.repeat(2 - nextSession));
      date = nextWeekday(date);
      nextSession = 0;
    }
    if (date !== row.date || session < nextSession) {
      throw new RangeError(`Marks must be in date and session order: ${row.date} ${row.session}`);
    }
    if (session > nextSession) parts.push(NO_SESSION_MARK);
    parts.push(encodeMark(row.mark));
    nextSession = session + 1;
  }
  return startDate === null ? null : { startDate, marks: parts.join('') };
}

function nextWeekday(date: IsoDate): IsoDate {
  return addDays(date, dayOfWeek(date) === 5 ? 3 : 1);
}
