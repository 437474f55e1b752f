import { defaultLaTermCalendar } from '../calendar/default-la-term-calendar.js';
import { eachDate, isWeekend } from '../calendar/iso-date.js';
import { SchoolCalendar } from '../calendar/school-calendar.js';
import {
  consecutiveUnexplainedAbsenceDays,
  type RegisterSessionMark,
  REGULATION_9_GROUND_I_CODES,
} from './unexplained-absence.js';

// Default 2026/27 terms: October half term 26-30 October 2026, Christmas 21 December to 1 January.
const calendar = SchoolCalendar.fromTermConfig(defaultLaTermCalendar(2026));

function day(date: string, am: string, pm = am): RegisterSessionMark[] {
  return [
    { date, session: 'AM', mark: am },
    { date, session: 'PM', mark: pm },
  ];
}

function everySchoolDay(from: string, to: string, mark: string): RegisterSessionMark[] {
  return calendar.schoolDays(from, to).flatMap((date) => day(date, mark));
}

describe(consecutiveUnexplainedAbsenceDays.name, () => {
  const presentUntilMidOctober = everySchoolDay('2026-09-04', '2026-10-16', '/');

  it('steps over weekends and half term', () => {
    const marks = [...presentUntilMidOctober, ...everySchoolDay('2026-10-19', '2026-11-04', 'N')];
    expect(consecutiveUnexplainedAbsenceDays(marks, calendar, '2026-11-04')).toEqual({
      days: 8,
      since: '2026-10-19',
    });
  });

  it('starts from the last school day when asOf is a weekend or holiday', () => {
    const marks = [...presentUntilMidOctober, ...everySchoolDay('2026-10-19', '2026-10-23', 'O')];
    expect(consecutiveUnexplainedAbsenceDays(marks, calendar, '2026-10-25')).toEqual({
      days: 5,
      since: '2026-10-19',
    });
    expect(consecutiveUnexplainedAbsenceDays(marks, calendar, '2026-10-29')).toEqual({
      days: 5,
      since: '2026-10-19',
    });
  });

  it('runs across the Christmas holiday and New Year', () => {
    const marks = [
      ...everySchoolDay('2026-12-01', '2026-12-14', '/'),
      ...everySchoolDay('2026-12-15', '2027-01-08', 'N'),
    ];
    expect(consecutiveUnexplainedAbsenceDays(marks, calendar, '2027-01-08')).toEqual({
      days: 8,
      since: '2026-12-15',
    });
  });

  it('breaks on a day with one unexplained and one attended session', () => {
    const marks = [
      ...everySchoolDay('2026-10-12', '2026-10-19', 'N'),
      ...day('2026-10-20', 'N', '\\'),
      ...everySchoolDay('2026-10-21', '2026-10-23', 'N'),
    ];
    expect(consecutiveUnexplainedAbsenceDays(marks, calendar, '2026-10-23')).toEqual({
      days: 3,
      since: '2026-10-21',
    });
  });

  it('breaks on explained absence and on a school day with no marks', () => {
    const explained = [...day('2026-10-20', 'I'), ...everySchoolDay('2026-10-21', '2026-10-23', 'N')];
    expect(consecutiveUnexplainedAbsenceDays(explained, calendar, '2026-10-23').days).toBe(3);
    const gap = everySchoolDay('2026-10-21', '2026-10-23', 'N');
    expect(consecutiveUnexplainedAbsenceDays(gap, calendar, '2026-10-23').days).toBe(3);
  });

  it('steps over a planned closure recorded with # and counts a half-day closure by its other session', () => {
    const marks = [
      ...day('2026-10-14', '/'),
      ...day('2026-10-15', 'N'),
      ...day('2026-10-16', '#'),
      ...day('2026-10-19', '#', 'N'),
      ...day('2026-10-20', 'O'),
    ];
    expect(consecutiveUnexplainedAbsenceDays(marks, calendar, '2026-10-20')).toEqual({
      days: 3,
      since: '2026-10-15',
    });
  });

  it('counts G only when asked to (regulation 9 ground (i))', () => {
    const marks = [
      ...everySchoolDay('2026-09-04', '2026-09-30', 'G'),
      ...everySchoolDay('2026-10-01', '2026-10-16', 'N'),
    ];
    expect(consecutiveUnexplainedAbsenceDays(marks, calendar, '2026-10-16').days).toBe(12);
    expect(
      consecutiveUnexplainedAbsenceDays(marks, calendar, '2026-10-16', REGULATION_9_GROUND_I_CODES),
    ).toEqual({
      days: 31,
      since: '2026-09-04',
    });
  });

  it('ignores marks after asOf and is 0 when the last school day was attended', () => {
    const marks = [...day('2026-10-15', 'N'), ...day('2026-10-16', '/'), ...day('2026-10-19', 'N')];
    expect(consecutiveUnexplainedAbsenceDays(marks, calendar, '2026-10-18')).toEqual({
      days: 0,
      since: null,
    });
  });

  it('is 0 without school days', () => {
    const register = SchoolCalendar.fromRegisterDays([]);
    expect(consecutiveUnexplainedAbsenceDays(day('2026-10-16', 'N'), register, '2026-10-16')).toEqual({
      days: 0,
      since: null,
    });
  });

  it('uses the school own register days, including a weekend it opened', () => {
    const own = SchoolCalendar.fromRegisterDays(
      eachDate('2026-10-12', '2026-10-17').filter((date) => !isWeekend(date) || date === '2026-10-17'),
    );
    const marks = [...day('2026-10-15', 'N'), ...day('2026-10-16', 'N'), ...day('2026-10-17', 'N')];
    expect(consecutiveUnexplainedAbsenceDays(marks, own, '2026-10-18')).toEqual({
      days: 3,
      since: '2026-10-15',
    });
  });
});
