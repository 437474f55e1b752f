import { NOT_ON_ROLL_CODE, PLANNED_CLOSURE_CODE } from '../register-codes/register-code-sets.js';
import type { IsoDate } from '../register-codes/register-code.types.js';
import { SchoolCalendar } from './school-calendar.js';

// A school's own register as its calendar (SchoolCalendar.fromRegisterDays), read from its marks. A date is a
// school day when the school recorded a session for a pupil on roll that was not a planned closure: a mark
// other than `#` (planned closure) and `Z` (a prospective pupil, not yet on roll). A date whose only marks are
// `#` or `Z` is a whole-day closure: the school was closed to every pupil on roll that day, even if it listed a
// prospective pupil. Shared by every count in school days or school weeks of a school's own register (the
// penalty-notice window, CME runs), so SQL and tests read the register alike.

/** Marks that do not make a date a school day. */
export const NON_SCHOOL_DAY_MARKS: readonly string[] = [PLANNED_CLOSURE_CODE, NOT_ON_ROLL_CODE];

const nonSchoolDayMarks: ReadonlySet<string> = new Set(NON_SCHOOL_DAY_MARKS);

/** The school's calendar from every mark it recorded (any pupil, any session). */
export function registerCalendar(marks: Iterable<{ date: IsoDate; mark: string }>): SchoolCalendar {
  const marked = new Set<IsoDate>();
  const open = new Set<IsoDate>();
  for (const { date, mark } of marks) {
    marked.add(date);
    if (!nonSchoolDayMarks.has(mark)) open.add(date);
  }
  return SchoolCalendar.fromRegisterDays(
    open,
    [...marked].filter((date) => !open.has(date)),
  );
}
