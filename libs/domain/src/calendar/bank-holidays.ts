import type { IsoDate } from '../register-codes/register-code.types.js';
import { addDays, dayOfWeek, isoDate } from './iso-date.js';

// England and Wales bank holidays by rule (Banking and Financial Dealings Act 1971, schedule 1, and the
// annual royal proclamations), checked against the GOV.UK bank holidays list (gov.uk/bank-holidays).
// One-off changes by proclamation are listed below: a year whose date moved replaces the rule's date.

/** Easter Sunday in the Gregorian calendar (anonymous Gregorian algorithm, "Meeus/Jones/Butcher"). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDate(year, month, day);
}

function firstMondayOfMonth(year: number, month: number): IsoDate {
  const first = isoDate(year, month, 1);
  return addDays(first, (8 - dayOfWeek(first)) % 7);
}

export function lastMondayOfMonth(year: number, month: number): IsoDate {
  const last = isoDate(year, month + 1, 0);
  return addDays(last, -((dayOfWeek(last) + 6) % 7));
}

/** A fixed-date holiday falling at the weekend is replaced by the next weekday not already a holiday. */
function withSubstitutes(fixedDates: IsoDate[]): IsoDate[] {
  const taken = new Set<IsoDate>();
  for (const date of fixedDates) {
    let observed = date;
    while (dayOfWeek(observed) >= 6 || taken.has(observed)) observed = addDays(observed, 1);
    taken.add(observed);
  }
  return [...taken];
}

/** Early May holiday moved to 8 May for the VE Day anniversaries. */
const EARLY_MAY_MOVED: Readonly<Record<number, IsoDate>> = { 1995: '1995-05-08', 2020: '2020-05-08' };

/** Spring holiday moved for the Golden, Diamond and Platinum Jubilees. */
const SPRING_MOVED: Readonly<Record<number, IsoDate>> = {
  2002: '2002-06-04',
  2012: '2012-06-04',
  2022: '2022-06-02',
};

/** Extra one-off bank holidays (jubilees, royal wedding, state funeral, coronation, millennium). */
const ONE_OFF_HOLIDAYS: readonly IsoDate[] = [
  '1999-12-31',
  '2002-06-03',
  '2011-04-29',
  '2012-06-05',
  '2022-06-03',
  '2022-09-19',
  '2023-05-08',
];

/** England and Wales bank holidays in the calendar year, sorted. */
export function englishBankHolidays(year: number): IsoDate[] {
  const easter = easterSunday(year);
  const holidays = [
    ...withSubstitutes([isoDate(year, 1, 1)]),
    addDays(easter, -2),
    addDays(easter, 1),
    EARLY_MAY_MOVED[year] ?? firstMondayOfMonth(year, 5),
    SPRING_MOVED[year] ?? lastMondayOfMonth(year, 5),
    lastMondayOfMonth(year, 8),
    ...withSubstitutes([isoDate(year, 12, 25), isoDate(year, 12, 26)]),
    ...ONE_OFF_HOLIDAYS.filter((date) => date.startsWith(`${year}-`)),
  ];
  return holidays.sort();
}
