import type { IsoDate } from '../register-codes/register-code.types.js';
import { academicYearBounds } from './academic-year.js';
import { addDays, maxDate, minDate, mondayOf } from './iso-date.js';
import { numberHalfTerms, type HalfTerm } from './half-terms.js';
import type { LaTermCalendarConfig } from './term-calendar.types.js';
import { termConfigSchoolDays } from './term-days.js';

/** The dates a calendar knows about; outside them no day is a school day. */
export interface CalendarCoverage {
  from: IsoDate;
  to: IsoDate;
}

/**
 * Which dates are school days (days pupils are expected to attend). Immutable; built from LA term dates, from
 * a school's own register, or from both.
 */
export class SchoolCalendar {
  private readonly daySet: ReadonlySet<IsoDate>;

  private constructor(
    /** Sorted, unique. */
    private readonly days: readonly IsoDate[],
    readonly coverage: CalendarCoverage | null,
  ) {
    this.daySet = new Set(days);
  }

  private static fromDays(days: Iterable<IsoDate>, coverage: CalendarCoverage | null): SchoolCalendar {
    const sorted = [...new Set(days)].sort();
    const inside = coverage ? sorted.filter((day) => day >= coverage.from && day <= coverage.to) : [];
    return new SchoolCalendar(inside, coverage);
  }

  /** LA term dates for one academic year; covers 1 August to 31 July of that year. */
  static fromTermConfig(config: LaTermCalendarConfig): SchoolCalendar {
    return SchoolCalendar.fromTermConfigs([config]);
  }

  /** LA term dates for several academic years (consecutive or not); covers the earliest to the latest year. */
  static fromTermConfigs(configs: Iterable<LaTermCalendarConfig>): SchoolCalendar {
    const list = [...configs];
    if (list.length === 0) return new SchoolCalendar([], null);
    const years = list.map((config) => config.academicYear);
    const coverage = {
      from: academicYearBounds(Math.min(...years)).start,
      to: academicYearBounds(Math.max(...years)).end,
    };
    return SchoolCalendar.fromDays(list.flatMap(termConfigSchoolDays), coverage);
  }

  /**
   * A school's own register defines its days: every date it recorded sessions on, less whole-day planned
   * closures (`#` in every session). Covers the first to the last date given, closures included.
   */
  static fromRegisterDays(days: Iterable<IsoDate>, plannedClosures: Iterable<IsoDate> = []): SchoolCalendar {
    const closures = new Set(plannedClosures);
    const recorded = [...days];
    const all = [...recorded, ...closures].sort();
    const first = all[0];
    const last = all[all.length - 1];
    if (first === undefined || last === undefined) return new SchoolCalendar([], null);
    return SchoolCalendar.fromDays(
      recorded.filter((day) => !closures.has(day)),
      { from: first, to: last },
    );
  }

  /**
   * The school's own register days from the start of its data up to `ownDataUntil` (the last date it sent);
   * the LA default everywhere else, so the LA default fills in where a school has sent no data yet.
   */
  static merge(schoolOwn: SchoolCalendar, laDefault: SchoolCalendar, ownDataUntil: IsoDate): SchoolCalendar {
    const own = schoolOwn.coverage;
    if (!own) return laDefault;
    const ownUntil = minDate(own.to, ownDataUntil);
    const la = laDefault.coverage;
    const coverage = la
      ? { from: minDate(own.from, la.from), to: maxDate(ownUntil, la.to) }
      : { from: own.from, to: ownUntil };
    const fromOwn = schoolOwn.days.filter((day) => day <= ownUntil);
    const fromLa = laDefault.days.filter((day) => day < own.from || day > ownUntil);
    return SchoolCalendar.fromDays([...fromOwn, ...fromLa], coverage);
  }

  isSchoolDay(date: IsoDate): boolean {
    return this.daySet.has(date);
  }

  /** All school days the calendar holds, sorted. */
  allSchoolDays(): IsoDate[] {
    return [...this.days];
  }

  /** School days from `from` to `to`, both inclusive, sorted. */
  schoolDays(from: IsoDate, to: IsoDate): IsoDate[] {
    return this.days.slice(this.firstIndexOnOrAfter(from), this.firstIndexOnOrAfter(addDays(to, 1)));
  }

  lastSchoolDayOnOrBefore(date: IsoDate): IsoDate | null {
    return this.days[this.firstIndexOnOrAfter(addDays(date, 1)) - 1] ?? null;
  }

  firstSchoolDayOnOrAfter(date: IsoDate): IsoDate | null {
    return this.days[this.firstIndexOnOrAfter(date)] ?? null;
  }

  /** Up to `count` school days strictly before `date`, sorted oldest first (fewer when the calendar runs out). */
  schoolDaysBefore(date: IsoDate, count: number): IsoDate[] {
    const end = this.firstIndexOnOrAfter(date);
    return this.days.slice(Math.max(0, end - count), end);
  }

  /** The nth school day strictly before `date` (n = 1 is the previous school day); null past the calendar. */
  nthSchoolDayBefore(date: IsoDate, n: number): IsoDate | null {
    if (n < 1) throw new RangeError(`n must be at least 1, got ${n}`);
    return this.days[this.firstIndexOnOrAfter(date) - n] ?? null;
  }

  /** Mondays of the calendar weeks (Monday to Sunday) meeting `from`..`to` that hold at least one school day. */
  schoolWeekStarts(from: IsoDate, to: IsoDate): IsoDate[] {
    const firstMonday = mondayOf(from);
    const lastSunday = addDays(mondayOf(to), 6);
    return [...new Set(this.schoolDays(firstMonday, lastSunday).map(mondayOf))];
  }

  /** Half terms of an academic year, numbered 1..6, from first to last school day of each (see half-terms.ts). */
  halfTerms(academicYear: number): HalfTerm[] {
    const { start, end } = academicYearBounds(academicYear);
    return numberHalfTerms(this.schoolDays(start, end));
  }

  private firstIndexOnOrAfter(date: IsoDate): number {
    let low = 0;
    let high = this.days.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((this.days[middle] as IsoDate) < date) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
