import { SchoolCalendar, isValidUpn } from '@attendance/domain';
import { DEFAULT_DEMO_OPTIONS, type SyntheticLaOptions } from '../options/synthetic-la-options.js';
import { phaseCounts } from './school-mix.js';
import { planSyntheticLa, validateOptions } from './plan-synthetic-la.js';

const demoPlan = planSyntheticLa(DEFAULT_DEMO_OPTIONS);

describe(phaseCounts.name, () => {
  it.each([
    [1, { primary: 1, secondary: 0, allThrough: 0, special: 0 }],
    [2, { primary: 1, secondary: 1, allThrough: 0, special: 0 }],
    [3, { primary: 1, secondary: 1, allThrough: 0, special: 1 }],
    [10, { primary: 8, secondary: 1, allThrough: 0, special: 1 }],
    [40, { primary: 31, secondary: 6, allThrough: 1, special: 2 }],
    [120, { primary: 99, secondary: 17, allThrough: 1, special: 3 }],
  ])(
    'lays out %i schools as mostly primaries with a few secondaries and special schools',
    (schools, expected) => {
      expect(phaseCounts(schools)).toEqual(expected);
    },
  );
});

describe(planSyntheticLa.name, () => {
  it('gives every school a synthetic URN (9xxxxx), LAESTAB 999NNNN and a unique name', () => {
    const { schools } = demoPlan;
    expect(schools).toHaveLength(40);
    for (const school of schools) {
      expect(school.urn).toMatch(/^9\d{5}$/);
      expect(school.laestab).toMatch(/^999\d{4}$/);
      expect(school.laestab.slice(3)).toBe(school.establishmentNumber);
    }
    expect(new Set(schools.map((school) => school.urn)).size).toBe(40);
    expect(new Set(schools.map((school) => school.laestab)).size).toBe(40);
    expect(new Set(schools.map((school) => school.name)).size).toBe(40);
  });

  it('sizes schools like a real LA: primaries 100-600, secondaries 600-1600, start rolls adding up to the pupils asked for', () => {
    const byPhase = (phase: string): number[] =>
      demoPlan.schools.filter((school) => school.phase === phase).map((school) => school.targetPupils);
    for (const size of byPhase('Primary')) expect(size).toBeGreaterThanOrEqual(60);
    for (const size of byPhase('Primary')) expect(size).toBeLessThanOrEqual(650);
    for (const size of byPhase('Secondary')) expect(size).toBeGreaterThanOrEqual(400);
    for (const size of byPhase('Secondary')) expect(size).toBeLessThanOrEqual(1700);
    const total = demoPlan.schools.reduce((sum, school) => sum + school.targetPupils, 0);
    expect(total / DEFAULT_DEMO_OPTIONS.pupils).toBeGreaterThan(0.93);
    expect(total / DEFAULT_DEMO_OPTIONS.pupils).toBeLessThan(1);
  });

  it('gives schools different inset days, keeping 190 pupil days (189 with a polling-day closure)', () => {
    const { timeline } = demoPlan;
    const insetPatterns = new Set(demoPlan.schools.map((school) => school.closureDays.join(',')));
    expect(insetPatterns.size).toBeGreaterThan(5);
    for (const school of demoPlan.schools) {
      const calendar = SchoolCalendar.fromRegisterDays(timeline.days, school.closureDays);
      expect([189, 190]).toContain(calendar.allSchoolDays().length);
    }
  });

  it('dual-registers a few pupils between a mainstream school and a special school on fixed weekdays', () => {
    const { dualRegistrations, schools } = demoPlan;
    expect(dualRegistrations.length).toBeGreaterThan(5);
    for (const dual of dualRegistrations) {
      expect(isValidUpn(dual.upn)).toBe(true);
      expect(schools[dual.mainSchoolIndex]?.phase).not.toBe('Special');
      expect(schools[dual.subsidiarySchoolIndex]?.phase).toBe('Special');
      expect(schools[dual.mainSchoolIndex]?.yearGroups).toContain(dual.ncYear);
      expect(dual.subsidiaryWeekdays.length).toBeGreaterThan(0);
    }
    expect(new Set(dualRegistrations.map((dual) => dual.upn)).size).toBe(dualRegistrations.length);
  });

  it('cuts the latest export at asOf and an earlier one a week before when amended exports are on', () => {
    const { timeline, latestExport, earlierExport } = demoPlan;
    expect(timeline.days[latestExport.markDayCount - 1]).toBe('2025-03-21');
    expect(latestExport.exportDate).toBe('2025-03-21');
    expect(earlierExport?.exportDate).toBe('2025-03-14');
    expect(timeline.days[(earlierExport?.markDayCount ?? 0) - 1]).toBe('2025-03-14');
    expect(demoPlan.schools.some((school) => school.hasEarlierExport)).toBe(true);
    expect(demoPlan.schools.some((school) => !school.hasEarlierExport)).toBe(true);
  });

  it('caps the marks at `weeks` from the Monday of the first school day', () => {
    const plan = planSyntheticLa({ ...DEFAULT_DEMO_OPTIONS, weeks: 2 });
    // 2024/25 starts on Wednesday 4 September, so two weeks run to Sunday 15 September.
    expect(plan.timeline.days[plan.latestExport.markDayCount - 1]).toBe('2024-09-13');
    expect(plan.latestExport.exportDate).toBe('2024-09-13');
  });

  it('places the guaranteed missing pupil 24 to 30 term days before the last date with marks', () => {
    const missing = demoPlan.guaranteedMissing;
    expect(missing).not.toBeNull();
    const daysBeforeEnd = demoPlan.latestExport.markDayCount - (missing?.fromDay ?? 0);
    expect(daysBeforeEnd).toBeGreaterThanOrEqual(24);
    expect(daysBeforeEnd).toBeLessThanOrEqual(30);
  });
});

describe(validateOptions.name, () => {
  const valid: SyntheticLaOptions = {
    seed: 1,
    schools: 3,
    pupils: 300,
    academicYear: 2024,
    asOf: '2025-01-31',
  };

  it.each([
    [{ seed: 1.5 }, /seed/],
    [{ schools: 0 }, /schools/],
    [{ pupils: 10 }, /pupils/],
    [{ academicYear: 1999 }, /academicYear/],
    [{ asOf: '2025-02-30' }, /asOf/],
    [{ weeks: 0 }, /weeks/],
    [{ exportDate: '20250101' }, /exportDate/],
  ])('rejects %o', (change, message) => {
    expect(() => validateOptions({ ...valid, ...change })).toThrow(message);
  });

  it('accepts sensible options', () => {
    expect(() => validateOptions(valid)).not.toThrow();
  });
});
