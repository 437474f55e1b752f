import type { IsoDate } from '../register-codes/register-code.types.js';
import { easterSunday, lastMondayOfMonth } from './bank-holidays.js';
import { addDays, dayOfWeek, isoDate, mondayOf } from './iso-date.js';
import type { LaTermCalendarConfig, TermDates } from './term-calendar.types.js';
import { termConfigSchoolDays } from './term-days.js';

// Typical English LA pupil term dates, by rule, for LAs that have not configured their own. Each LA publishes
// its own dates (Education Act 2002 s.32 for community and voluntary controlled schools); these rules follow
// the common pattern of those calendars (e.g. Kent, Hampshire, Surrey 2023/24 to 2026/27):
// - Autumn term starts on the first Wednesday or Thursday in September (1 to 6 September).
// - October half term is the last full Monday-to-Friday week in October.
// - Christmas: two weeks from the Monday of the week containing 25 December, so 1 January is always inside.
// - February half term is the week starting on the first Monday on or after 12 February.
// - Easter: two weeks from the Monday of Holy Week, so Good Friday and Easter Monday are both inside.
// - May half term is the week of the spring bank holiday (last Monday of May).
// - Summer term ends on the 195th term day. The Education (School Day and School Year) (England) Regulations
//   1999 require 380 sessions (190 days) for pupils, and LAs publish 195 term days of which 5 are inset
//   (staff training) days chosen by each school. The default places them where schools most often do: the
//   first two days of the autumn term and the first day of the spring term, the summer term and the second
//   half of the summer term. That leaves 190 pupil days, and the summer term ends between 20 and 25 July.

/** Term days an LA publishes (pupil days plus inset days). */
export const DEFAULT_TERM_DAYS_PER_YEAR = 195;
/** Pupil days a default calendar plans for (380 sessions). */
export const DEFAULT_PUPIL_DAYS_PER_YEAR = 190;

function weekFrom(monday: IsoDate): { start: IsoDate; end: IsoDate } {
  return { start: monday, end: addDays(monday, 4) };
}

function firstWednesdayOrThursdayOfSeptember(year: number): IsoDate {
  const first = isoDate(year, 9, 1);
  return dayOfWeek(first) === 4 ? first : addDays(first, (3 - dayOfWeek(first) + 7) % 7);
}

function lastFullWeekOfOctober(year: number): { start: IsoDate; end: IsoDate } {
  const last = isoDate(year, 10, 31);
  const lastFriday = addDays(last, -((dayOfWeek(last) - 5 + 7) % 7));
  return weekFrom(addDays(lastFriday, -4));
}

function firstMondayOnOrAfter(date: IsoDate): IsoDate {
  return addDays(date, (8 - dayOfWeek(date)) % 7);
}

export function defaultLaTermCalendar(academicYear: number): LaTermCalendarConfig {
  const nextYear = academicYear + 1;
  const christmasBreakStart = mondayOf(isoDate(academicYear, 12, 25));
  const easterBreakStart = mondayOf(addDays(easterSunday(nextYear), -2));
  const autumn: TermDates = {
    name: 'Autumn',
    start: firstWednesdayOrThursdayOfSeptember(academicYear),
    end: addDays(christmasBreakStart, -3),
    halfTermBreak: lastFullWeekOfOctober(academicYear),
  };
  const spring: TermDates = {
    name: 'Spring',
    start: addDays(christmasBreakStart, 14),
    end: addDays(easterBreakStart, -3),
    halfTermBreak: weekFrom(firstMondayOnOrAfter(isoDate(nextYear, 2, 12))),
  };
  const summerUntilJulyEnd: TermDates = {
    name: 'Summer',
    start: addDays(easterBreakStart, 14),
    end: isoDate(nextYear, 7, 31),
    halfTermBreak: weekFrom(lastMondayOfMonth(nextYear, 5)),
  };
  const draft: LaTermCalendarConfig = {
    academicYear,
    terms: [autumn, spring, summerUntilJulyEnd],
    insetDays: [],
  };
  const termDays = termConfigSchoolDays(draft);
  const firstTermDayFrom = (from: IsoDate): IsoDate | undefined => termDays.find((day) => day >= from);
  const insetDays = [
    termDays[0],
    termDays[1],
    firstTermDayFrom(spring.start),
    firstTermDayFrom(summerUntilJulyEnd.start),
    firstTermDayFrom(addDays(summerUntilJulyEnd.halfTermBreak.end, 1)),
  ].filter((day): day is IsoDate => day !== undefined);
  const lastTermDay = termDays[DEFAULT_TERM_DAYS_PER_YEAR - 1];
  // Unreachable for real calendars (they have about 205 candidate days); guards against a broken rule above.
  if (!lastTermDay || insetDays.length !== 5) {
    throw new Error(
      `Default term dates for ${academicYear} give fewer than ${DEFAULT_TERM_DAYS_PER_YEAR} days`,
    );
  }
  return {
    academicYear,
    terms: [autumn, spring, { ...summerUntilJulyEnd, end: lastTermDay }],
    insetDays,
  };
}
