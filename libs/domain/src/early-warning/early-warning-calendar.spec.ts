import { DEFAULT_PUPIL_DAYS_PER_YEAR, defaultLaTermCalendar } from '../calendar/default-la-term-calendar.js';
import { SchoolCalendar } from '../calendar/school-calendar.js';
import {
  recentSchoolWeekStarts,
  recentWeeksFrom,
  remainingPossibleSessions,
  remainingSchoolDays,
  SESSIONS_PER_SCHOOL_DAY,
  sixthHalfTermStart,
} from './early-warning-calendar.js';
import { RECENT_SCHOOL_WEEKS } from './early-warning-model.js';

// 2025/26 default LA terms: pupils from Fri 5 September, October half term 27-31 October, autumn term ends
// Fri 19 December (71 pupil days), spring term pupils from Tue 6 January, sixth half term from Tue 2 June
// to Wed 22 July (37 pupil days).
const calendar = SchoolCalendar.fromTermConfig(defaultLaTermCalendar(2025));
const aged10 = '2015-03-01';
const aged15 = '2010-03-01';

describe(recentSchoolWeekStarts.name, () => {
  it('takes the latest school weeks, skipping the half-term week', () => {
    expect(RECENT_SCHOOL_WEEKS).toBe(10);
    expect(recentSchoolWeekStarts(calendar, '2025-12-19')).toEqual([
      '2025-12-15',
      '2025-12-08',
      '2025-12-01',
      '2025-11-24',
      '2025-11-17',
      '2025-11-10',
      '2025-11-03',
      '2025-10-20',
      '2025-10-13',
      '2025-10-06',
    ]);
  });

  it('counts the week of the as-of date once it has had a school day, and stays inside the year', () => {
    expect(recentSchoolWeekStarts(calendar, '2026-01-05', 2)).toEqual(['2025-12-15', '2025-12-08']);
    expect(recentSchoolWeekStarts(calendar, '2026-01-06', 2)).toEqual(['2026-01-05', '2025-12-15']);
    expect(recentSchoolWeekStarts(calendar, '2025-09-10')).toEqual(['2025-09-08', '2025-09-01']);
    expect(recentSchoolWeekStarts(calendar, '2025-08-20')).toEqual([]);
  });

  it('starts the recent weeks on the Monday of the earliest of them', () => {
    expect(recentWeeksFrom(calendar, '2025-12-19')).toBe('2025-10-06');
    expect(recentWeeksFrom(calendar, '2025-08-20')).toBeNull();
  });
});

describe(remainingPossibleSessions.name, () => {
  it('counts two sessions for every school day left in the year', () => {
    expect(SESSIONS_PER_SCHOOL_DAY).toBe(2);
    const afterAutumn = DEFAULT_PUPIL_DAYS_PER_YEAR - 71;
    expect(remainingSchoolDays(calendar, '2025-12-19')).toHaveLength(afterAutumn);
    expect(
      remainingPossibleSessions(calendar, { asOf: '2025-12-19', dateOfBirth: aged10, leavingDate: null }),
    ).toBe(2 * afterAutumn);
    expect(
      remainingPossibleSessions(calendar, { asOf: '2025-08-20', dateOfBirth: aged10, leavingDate: null }),
    ).toBe(2 * DEFAULT_PUPIL_DAYS_PER_YEAR);
    expect(
      remainingPossibleSessions(calendar, { asOf: '2026-07-22', dateOfBirth: aged10, leavingDate: null }),
    ).toBe(0);
  });

  it('stops at the leaving date, the last day on roll', () => {
    expect(
      remainingPossibleSessions(calendar, {
        asOf: '2025-12-19',
        dateOfBirth: aged10,
        leavingDate: '2026-01-09',
      }),
    ).toBe(8);
    expect(
      remainingPossibleSessions(calendar, {
        asOf: '2025-12-19',
        dateOfBirth: aged10,
        leavingDate: '2025-12-01',
      }),
    ).toBe(0);
  });

  it('leaves the sixth half term out for a pupil aged 15 at the start of the year', () => {
    expect(sixthHalfTermStart(calendar, '2025-12-19')).toBe('2026-06-02');
    const remaining = (dateOfBirth: string) =>
      remainingPossibleSessions(calendar, { asOf: '2025-12-19', dateOfBirth, leavingDate: null });
    expect(remaining(aged10) - remaining(aged15)).toBe(2 * 37);
    expect(
      remainingPossibleSessions(calendar, { asOf: '2026-06-10', dateOfBirth: aged15, leavingDate: null }),
    ).toBe(0);
  });

  it('leaves nothing out when the calendar has no sixth half term', () => {
    const autumnOnly = SchoolCalendar.fromRegisterDays(calendar.schoolDays('2025-09-01', '2025-12-19'));
    expect(sixthHalfTermStart(autumnOnly, '2025-11-28')).toBeNull();
    expect(
      remainingPossibleSessions(autumnOnly, { asOf: '2025-12-12', dateOfBirth: aged15, leavingDate: null }),
    ).toBe(10);
  });
});
