import { benchmarkFor } from './benchmark-for.js';
import { persistentAbsenceToWeek, type PersistentAbsenceToWeekQuery } from './persistent-absence-to-week.js';

// Values from pa_ytd_202425_by_week.csv, "2025,Week 26,Year to date" rows.

describe('persistentAbsenceToWeek', () => {
  it('England 2024/25 to week 26: the same point last year for the 2025/26 year to date', () => {
    const lastYear = persistentAbsenceToWeek({
      method: 'daily-attendance',
      level: 'england',
      phase: 'Total',
      academicYear: '2024/25',
      week: 26,
    });
    expect(lastYear?.figures.persistentAbsencePercent).toBe(18.34);
    expect(lastYear?.labels).toMatchObject({
      method: 'daily-attendance',
      period: 'year-to-date',
      toWeek: { year: 2025, week: 26 },
      periodLabel: 'Year to date (to week 26 of 2025)',
      totalBasis: 'phase-rates-weighted-by-census-enrolments',
      source: { file: 'pa_ytd_202425_by_week.csv' },
    });
    const thisYear = benchmarkFor({
      method: 'daily-attendance',
      level: 'england',
      phase: 'Total',
      academicYear: '2025/26',
      period: 'year-to-date',
    });
    expect(thisYear?.labels.toWeek?.week).toBe(lastYear?.labels.toWeek?.week);
  });

  it('an LA by phase, and undefined for weeks not shipped', () => {
    const hartlepool = persistentAbsenceToWeek({
      method: 'daily-attendance',
      level: 'la',
      code: 'E06000001',
      phase: 'Primary',
      academicYear: '2024/25',
      week: 26,
    });
    expect(hartlepool?.figures.persistentAbsencePercent).toBe(13.69);
    expect(hartlepool?.labels.totalBasis).toBeNull();
    expect(
      persistentAbsenceToWeek({
        method: 'daily-attendance',
        level: 'england',
        phase: 'Total',
        academicYear: '2024/25',
        week: 30,
      }),
    ).toBeUndefined();
  });

  it('rejects a week that is not a week number', () => {
    expect(() =>
      persistentAbsenceToWeek({
        method: 'daily-attendance',
        level: 'england',
        phase: 'Total',
        academicYear: '2024/25',
        week: 54,
      } satisfies PersistentAbsenceToWeekQuery),
    ).toThrow(/week 54, expected a week number from 1 to 53/);
  });
});
