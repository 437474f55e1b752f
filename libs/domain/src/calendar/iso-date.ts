import type { IsoDate } from '../register-codes/register-code.types.js';

// All arithmetic runs on UTC day numbers built from the string, never on local time, so a server in any time
// zone (or across a clock change) gets the same answer. Date.UTC only converts numbers; it does not read the clock.

const MILLISECONDS_PER_DAY = 86_400_000;
const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isValidIsoDate(value: string): boolean {
  const match = ISO_DATE_PATTERN.exec(value);
  if (!match) return false;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function assertIsoDate(value: IsoDate): void {
  if (!isValidIsoDate(value)) throw new RangeError(`Not a valid ISO date (YYYY-MM-DD): "${value}"`);
}

/** Days since 1970-01-01 for a valid ISO date. */
export function toDayNumber(date: IsoDate): number {
  assertIsoDate(date);
  return (
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) /
    MILLISECONDS_PER_DAY
  );
}

export function fromDayNumber(dayNumber: number): IsoDate {
  return new Date(dayNumber * MILLISECONDS_PER_DAY).toISOString().slice(0, 10);
}

/** Builds an ISO date from numbers (month 1..12). */
export function isoDate(year: number, month: number, day: number): IsoDate {
  return fromDayNumber(Date.UTC(year, month - 1, day) / MILLISECONDS_PER_DAY);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** b - a in days: positive when b is later. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return toDayNumber(b) - toDayNumber(a);
}

/** ISO weekday: 1 = Monday .. 7 = Sunday. */
export function dayOfWeek(date: IsoDate): number {
  // 1970-01-01 was a Thursday (ISO 4).
  return ((((toDayNumber(date) + 3) % 7) + 7) % 7) + 1;
}

export function isWeekend(date: IsoDate): boolean {
  return dayOfWeek(date) >= 6;
}

/** The Monday of the (Monday to Sunday) calendar week containing the date. */
export function mondayOf(date: IsoDate): IsoDate {
  return addDays(date, 1 - dayOfWeek(date));
}

/** Every date from `from` to `to`, both inclusive; empty when `to` is before `from`. */
export function eachDate(from: IsoDate, to: IsoDate): IsoDate[] {
  const first = toDayNumber(from);
  const last = toDayNumber(to);
  const dates: IsoDate[] = [];
  for (let day = first; day <= last; day += 1) dates.push(fromDayNumber(day));
  return dates;
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}
