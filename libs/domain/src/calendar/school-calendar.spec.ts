import { defaultLaTermCalendar } from './default-la-term-calendar.js';
import { eachDate, isWeekend } from './iso-date.js';
import { SchoolCalendar } from './school-calendar.js';
import type { LaTermCalendarConfig } from './term-calendar.types.js';

const weekdays = (from: string, to: string): string[] => eachDate(from, to).filter((day) => !isWeekend(day));

const autumn2026Only: LaTermCalendarConfig = {
  academicYear: 2026,
  terms: [
    {
      name: 'Autumn',
      start: '2026-09-02',
      end: '2026-12-18',
      halfTermBreak: { start: '2026-10-26', end: '2026-10-30' },
    },
  ],
  insetDays: ['2026-09-02'],
};

describe(SchoolCalendar.fromTermConfig.name, () => {
  const calendar = SchoolCalendar.fromTermConfig(autumn2026Only);

  it.each([
    ['2026-09-01', false, 'before the term'],
    ['2026-09-02', false, 'inset day'],
    ['2026-09-03', true, 'first pupil day'],
    ['2026-09-05', false, 'Saturday'],
    ['2026-10-23', true, 'Friday before half term'],
    ['2026-10-26', false, 'half term'],
    ['2026-11-02', true, 'after half term'],
    ['2026-12-18', true, 'last day of term'],
    ['2026-12-21', false, 'Christmas holiday'],
  ])('%s is a school day: %s (%s)', (date, expected) => {
    expect(calendar.isSchoolDay(date)).toBe(expected);
  });

  it('leaves out bank holidays inside a term', () => {
    const summer = SchoolCalendar.fromTermConfig(defaultLaTermCalendar(2026));
    expect(summer.isSchoolDay('2027-05-03')).toBe(false);
    expect(summer.isSchoolDay('2027-05-04')).toBe(true);
  });

  it('covers the academic year', () => {
    expect(calendar.coverage).toEqual({ from: '2026-08-01', to: '2027-07-31' });
  });
});

describe(SchoolCalendar.fromTermConfigs.name, () => {
  it('joins years and is empty for none', () => {
    const twoYears = SchoolCalendar.fromTermConfigs([
      defaultLaTermCalendar(2025),
      defaultLaTermCalendar(2026),
    ]);
    expect(twoYears.allSchoolDays()).toHaveLength(380);
    expect(twoYears.coverage).toEqual({ from: '2025-08-01', to: '2027-07-31' });
    const none = SchoolCalendar.fromTermConfigs([]);
    expect(none.coverage).toBeNull();
    expect(none.lastSchoolDayOnOrBefore('2026-09-10')).toBeNull();
  });
});

describe(SchoolCalendar.fromRegisterDays.name, () => {
  it('uses the recorded days less whole-day planned closures', () => {
    const calendar = SchoolCalendar.fromRegisterDays(
      ['2026-09-03', '2026-09-04', '2026-09-07', '2026-09-08', '2026-09-03'],
      ['2026-09-08', '2026-09-09'],
    );
    expect(calendar.allSchoolDays()).toEqual(['2026-09-03', '2026-09-04', '2026-09-07']);
    expect(calendar.coverage).toEqual({ from: '2026-09-03', to: '2026-09-09' });
  });

  it('keeps a day the school recorded even at a weekend (e.g. a Saturday catch-up)', () => {
    expect(SchoolCalendar.fromRegisterDays(['2026-09-05']).isSchoolDay('2026-09-05')).toBe(true);
  });

  it('has no coverage without days', () => {
    expect(SchoolCalendar.fromRegisterDays([]).coverage).toBeNull();
  });
});

describe(SchoolCalendar.merge.name, () => {
  const laDefault = SchoolCalendar.fromTermConfig(defaultLaTermCalendar(2026));
  // The school started on 7 September (not the LA's 4th), took half term a week early and sent data to 6 Nov.
  const ownDays = [...weekdays('2026-09-07', '2026-10-16'), ...weekdays('2026-10-26', '2026-11-06')];
  const own = SchoolCalendar.fromRegisterDays(ownDays);

  it('uses the school register to the last date sent, then the LA default', () => {
    const merged = SchoolCalendar.merge(own, laDefault, '2026-11-06');
    expect(merged.isSchoolDay('2026-09-04')).toBe(true); // before the school's data: LA default
    expect(merged.isSchoolDay('2026-09-07')).toBe(true);
    expect(merged.isSchoolDay('2026-10-19')).toBe(false); // the school's own half term
    expect(merged.isSchoolDay('2026-10-26')).toBe(true); // LA half term, but the school was open
    expect(merged.isSchoolDay('2026-11-09')).toBe(true); // after the school's data: LA default
    expect(merged.isSchoolDay('2027-07-21')).toBe(true);
    expect(merged.coverage).toEqual({ from: '2026-08-01', to: '2027-07-31' });
  });

  it('stops the school data at ownDataUntil even if later days were given', () => {
    const merged = SchoolCalendar.merge(own, laDefault, '2026-10-20');
    expect(merged.isSchoolDay('2026-10-26')).toBe(false);
  });

  it('falls back to either side when the other is empty', () => {
    const empty = SchoolCalendar.fromRegisterDays([]);
    expect(SchoolCalendar.merge(empty, laDefault, '2026-11-06')).toBe(laDefault);
    const ownOnly = SchoolCalendar.merge(own, empty, '2026-11-06');
    expect(ownOnly.allSchoolDays()).toEqual(ownDays);
    expect(ownOnly.coverage).toEqual({ from: '2026-09-07', to: '2026-11-06' });
  });
});

describe('SchoolCalendar queries', () => {
  const calendar = SchoolCalendar.fromTermConfig(defaultLaTermCalendar(2026));

  it('lists school days in an inclusive range', () => {
    expect(calendar.schoolDays('2026-10-22', '2026-11-03')).toEqual([
      '2026-10-22',
      '2026-10-23',
      '2026-11-02',
      '2026-11-03',
    ]);
    expect(calendar.schoolDays('2026-10-24', '2026-11-01')).toEqual([]);
  });

  it.each([
    ['2026-10-23', '2026-10-23'],
    ['2026-10-30', '2026-10-23'],
    ['2026-09-03', null],
    ['2027-08-20', '2027-07-21'],
  ])('last school day on or before %s is %s', (date, expected) => {
    expect(calendar.lastSchoolDayOnOrBefore(date)).toBe(expected);
  });

  it.each([
    ['2026-10-24', '2026-11-02'],
    ['2026-09-04', '2026-09-04'],
    ['2027-07-22', null],
  ])('first school day on or after %s is %s', (date, expected) => {
    expect(calendar.firstSchoolDayOnOrAfter(date)).toBe(expected);
  });

  it('lists the school days strictly before a date, oldest first', () => {
    expect(calendar.schoolDaysBefore('2026-11-03', 3)).toEqual(['2026-10-22', '2026-10-23', '2026-11-02']);
    expect(calendar.schoolDaysBefore('2026-09-08', 10)).toEqual(['2026-09-04', '2026-09-07']);
  });

  it.each([
    ['2026-11-02', 1, '2026-10-23'],
    ['2026-11-02', 5, '2026-10-19'],
    ['2026-09-07', 1, '2026-09-04'],
    ['2026-09-07', 2, null],
  ])('school day %i before %s', (date, n, expected) => {
    expect(calendar.nthSchoolDayBefore(date, n)).toBe(expected);
  });

  it('rejects n below 1', () => {
    expect(() => calendar.nthSchoolDayBefore('2026-11-02', 0)).toThrow(RangeError);
  });

  it('counts weeks with at least one school day, skipping holiday weeks, from partial weeks at the edges', () => {
    expect(calendar.schoolWeekStarts('2026-10-21', '2026-11-04')).toEqual(['2026-10-19', '2026-11-02']);
    expect(calendar.schoolWeekStarts('2026-12-16', '2027-01-06')).toEqual(['2026-12-14', '2027-01-04']);
  });

  it('numbers six half terms from the term dates', () => {
    expect(calendar.halfTerms(2026)).toEqual([
      { number: 1, start: '2026-09-04', end: '2026-10-23' },
      { number: 2, start: '2026-11-02', end: '2026-12-18' },
      { number: 3, start: '2027-01-05', end: '2027-02-12' },
      { number: 4, start: '2027-02-22', end: '2027-03-19' },
      { number: 5, start: '2027-04-06', end: '2027-05-28' },
      { number: 6, start: '2027-06-08', end: '2027-07-21' },
    ]);
  });
});
