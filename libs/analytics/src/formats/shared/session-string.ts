import {
  codeSetIdForDate,
  dayOfWeek,
  fromDayNumber,
  isKnownRegisterCode,
  isValidIsoDate,
  toDayNumber,
  type IsoDate,
} from '@attendance/domain';
import { FormatReadError } from './format-read-error.js';
import type { SourcePosition } from './source-position.js';

// The session string shared by the marks-string CSV and CTF `AttendanceMarks` (README.md in this folder):
// one character per session, AM then PM, for EVERY weekday (Monday to Friday) from the start date; weekends
// are never in the string. `-` is a weekday session with no mark (holiday, bank holiday, not on roll): no
// row. A two-character code (C1, C2, J1, Y1..Y7) is written in brackets, `[C1]`; brackets are allowed round
// any code. Every code must be in the code set in force on its date, checked here so the error names the
// exact character.

export const NO_SESSION = '-';

/** One mark decoded from a session string, with its place in the string. */
export interface DecodedSession {
  date: IsoDate;
  session: 'AM' | 'PM';
  mark: string;
  /** 0-based character offset of the mark (of its `[` when bracketed). */
  offset: number;
  /** 0-based session index: AM of the start date is 0, its PM 1, the next weekday's AM 2. */
  sessionIndex: number;
}

/** Where a string sits in its file, so errors can add the offset and session index. */
export type SessionStringPosition = Omit<SourcePosition, 'offset' | 'sessionIndex'>;

/** Checks a start date: a real date on a weekday (the first character is that day's AM session). */
export function assertSessionStringStart(startDate: string, where: SessionStringPosition): void {
  if (!isValidIsoDate(startDate)) {
    throw new FormatReadError('bad-date', where, 'expected a start date YYYY-MM-DD', startDate);
  }
  if (dayOfWeek(startDate) >= 6) {
    throw new FormatReadError(
      'weekend-start-date',
      where,
      'expected a start date on a weekday (weekends are never in a session string)',
      startDate,
    );
  }
}

/** Decodes a session string, yielding one entry per marked session in date order. */
export function* decodeSessionString(
  startDate: IsoDate,
  marks: string,
  where: SessionStringPosition,
): Generator<DecodedSession> {
  assertSessionStringStart(startDate, where);
  let dayNumber = toDayNumber(startDate);
  let weekday = dayOfWeek(startDate);
  let date = startDate;
  let sessionIndex = 0;
  let offset = 0;
  while (offset < marks.length) {
    const start = offset;
    const at: SourcePosition = { ...where, offset: start, sessionIndex };
    let code = marks[offset] as string;
    if (code === '[') {
      const close = marks.indexOf(']', offset + 1);
      if (close < 0) {
        throw new FormatReadError(
          'unterminated-bracket',
          at,
          'a "[" opens a two-character code but no "]" closes it',
          marks.slice(start, start + 4),
        );
      }
      code = marks.slice(offset + 1, close);
      offset = close + 1;
    } else {
      offset += 1;
    }
    if (code !== NO_SESSION) {
      if (!isKnownRegisterCode(code, date)) {
        throw new FormatReadError(
          'bad-mark',
          at,
          `expected a register code valid on ${date} ${sessionIndex % 2 === 0 ? 'AM' : 'PM'} ` +
            `(code set ${codeSetIdForDate(date)}; two-character codes in brackets, e.g. [C1]; "-" for no session)`,
          code,
        );
      }
      yield { date, session: sessionIndex % 2 === 0 ? 'AM' : 'PM', mark: code, offset: start, sessionIndex };
    }
    sessionIndex += 1;
    if (sessionIndex % 2 === 0) {
      const step = weekday === 5 ? 3 : 1;
      dayNumber += step;
      weekday = weekday === 5 ? 1 : weekday + 1;
      date = fromDayNumber(dayNumber);
    }
  }
}
