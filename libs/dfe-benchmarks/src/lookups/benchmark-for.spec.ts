import { benchmarkFor, type BenchmarkQuery } from './benchmark-for.js';

// Expected values are copied by hand from the files in ../shared/benchmarks (file and line in each test name).

describe('benchmarkFor: daily attendance data', () => {
  it('England 2024/25 full year, Total (ytd_202425_final.csv, National Total row), unrounded', () => {
    const england = benchmarkFor({
      method: 'daily-attendance',
      level: 'england',
      phase: 'Total',
      academicYear: '2024/25',
      period: 'full-year',
    });
    expect(england?.figures.overallAbsencePercent).toBe(6.87019162083959);
    expect(england?.figures.persistentAbsencePercent).toBe(18.699933234567);
    expect(england?.figures.possibleSessions).toBe(2505799574);
    expect(england?.area).toMatchObject({ level: 'england', code: 'E92000001', name: 'England' });
    expect(england?.labels).toMatchObject({
      method: 'daily-attendance',
      methodLabel: 'Daily attendance data',
      academicYear: '2024/25',
      period: 'full-year',
      periodLabel: 'Full academic year',
      totalBasis: 'phase-rates-weighted-by-census-enrolments',
      source: { file: 'ytd_202425_final.csv', publisher: 'Department for Education' },
    });
    expect(england?.labels.summary).toContain('daily attendance data, 2024/25, full academic year');
    expect(england?.labels.totalBasisLabel).toContain('census enrolments');
  });

  it('Suffolk 2024/25 full year, Primary, by GSS code and by 3-digit number (ytd_202425_final.csv line 2)', () => {
    const query = {
      method: 'daily-attendance',
      level: 'la',
      phase: 'Primary',
      academicYear: '2024/25',
      period: 'full-year',
    } as const;
    const suffolk = benchmarkFor({ ...query, code: 'E10000029' });
    expect(benchmarkFor({ ...query, code: '935' })).toEqual(suffolk);
    expect(suffolk?.area).toMatchObject({ name: 'Suffolk', oldLaCode: '935', regionCode: 'E12000006' });
    expect(suffolk?.figures).toMatchObject({
      enrolments: 45865.8776595745,
      possibleSessions: 17030673,
      attendancePercent: 94.8061594512442,
      overallAbsencePercent: 5.19384054875577,
      authorisedAbsencePercent: 3.90188338417396,
      unauthorisedAbsencePercent: 1.29195716458181,
      persistentAbsencePercent: 12.453793525988,
    });
    expect(suffolk?.figures.reasonPercent).toMatchObject({
      illness: 2.96825028582253,
      medicalDental: 0.27043558407821,
      unauthorisedHoliday: 0.519327685993384,
      otherUnauthorised: 0.523937016464352,
      otherAuthorised: 0.353720607517977,
    });
    // A single phase has no Total basis to explain.
    expect(suffolk?.labels.totalBasis).toBeNull();
    expect(suffolk?.labels.totalBasisLabel).toBeNull();
  });

  it('Manchester 2024/25 autumn term, Primary (autumn_term_202425.csv line 2)', () => {
    const manchester = benchmarkFor({
      method: 'daily-attendance',
      level: 'la',
      code: 'E08000003',
      phase: 'Primary',
      academicYear: '2024/25',
      period: 'autumn-term',
    });
    expect(manchester?.figures.overallAbsencePercent).toBe(5.17537005155083);
    expect(manchester?.figures.persistentAbsencePercent).toBe(16.0497256753941);
    expect(manchester?.labels).toMatchObject({ period: 'autumn-term', periodLabel: 'Autumn term' });
    expect(manchester?.labels.source.file).toBe('autumn_term_202425.csv');
  });

  it('North East 2024/25 full year, Total: a region by its E12 code', () => {
    const northEast = benchmarkFor({
      method: 'daily-attendance',
      level: 'region',
      code: 'E12000001',
      phase: 'Total',
      academicYear: '2024/25',
      period: 'full-year',
    });
    expect(northEast?.figures.overallAbsencePercent).toBe(7.15594362814845);
    expect(northEast?.area).toMatchObject({ level: 'region', name: 'North East' });
  });

  it('2025/26 year to date: labelled to week 26 of 2026, LA Totals published and pooled', () => {
    const towerHamlets = benchmarkFor({
      method: 'daily-attendance',
      level: 'la',
      code: 'E09000030',
      phase: 'Primary',
      academicYear: '2025/26',
      period: 'year-to-date',
    });
    expect(towerHamlets?.figures.overallAbsencePercent).toBe(5.92336377968847);
    expect(towerHamlets?.figures.persistentAbsencePercent).toBe(17.5033710196038);
    expect(towerHamlets?.labels).toMatchObject({
      toWeek: { year: 2026, week: 26 },
      periodLabel: 'Year to date (to week 26 of 2026)',
    });
    const suffolkTotal = benchmarkFor({
      method: 'daily-attendance',
      level: 'la',
      code: 'E10000029',
      phase: 'Total',
      academicYear: '2025/26',
      period: 'year-to-date',
    });
    expect(suffolkTotal?.figures.overallAbsencePercent).toBe(7.19215768727359);
    expect(suffolkTotal?.labels.totalBasis).toBe('pooled-sessions');
  });

  it('keeps suppressed rows as the symbol c (City of London, Primary)', () => {
    const city = benchmarkFor({
      method: 'daily-attendance',
      level: 'la',
      code: 'E09000001',
      phase: 'Primary',
      academicYear: '2024/25',
      period: 'full-year',
    });
    expect(city?.figures.overallAbsencePercent).toBe('c');
    expect(city?.figures.enrolments).toBe('c');
    expect(city?.figures.reasonPercent.illness).toBe('c');
  });

  it('answers undefined where the DfE published no row', () => {
    const base = { method: 'daily-attendance', academicYear: '2024/25', period: 'full-year' } as const;
    // 2024/25 daily files have no LA Totals; Rutland has no special school; 2023/24 is not shipped.
    expect(benchmarkFor({ ...base, level: 'la', code: 'E10000029', phase: 'Total' })).toBeUndefined();
    expect(benchmarkFor({ ...base, level: 'la', code: 'E06000017', phase: 'Special' })).toBeUndefined();
    expect(
      benchmarkFor({ ...base, level: 'england', phase: 'Total', academicYear: '2023/24' }),
    ).toBeUndefined();
    expect(benchmarkFor({ ...base, level: 'la', code: 'E99999999', phase: 'Primary' })).toBeUndefined();
    expect(benchmarkFor({ ...base, level: 'region', code: 'E10000029', phase: 'Primary' })).toBeUndefined();
    expect(benchmarkFor({ ...base, level: 'england', code: 'E12000001', phase: 'Primary' })).toBeUndefined();
    expect(
      benchmarkFor({ ...base, level: 'england', phase: 'Total', period: 'year-to-date' }),
    ).toBeUndefined();
  });
});

describe('benchmarkFor: annual school census', () => {
  it('England 2024/25 Total is 6.78%, not the daily 6.87%, and says it is census', () => {
    const census = benchmarkFor({
      method: 'annual-census',
      level: 'england',
      code: 'E92000001',
      phase: 'Total',
      academicYear: '2024/25',
    });
    expect(census?.figures).toEqual({
      overallAbsencePercent: 6.78,
      authorisedAbsencePercent: undefined,
      unauthorisedAbsencePercent: undefined,
      persistentAbsencePercent: 18.14,
      severeAbsencePercent: 2.39,
    });
    expect(census?.labels).toMatchObject({
      method: 'annual-census',
      methodLabel: 'Annual school census',
      period: 'full-year',
      totalBasis: 'pooled-sessions',
      source: { file: 'lait_la_absence_rates_2016-2025.csv' },
    });
    expect(census?.labels.summary).toContain('annual school census, 2024/25');
  });

  it('Suffolk 2024/25 by phase (LAIT rows for 935.0, 2025), float artefacts read as the 2 dp published', () => {
    const query = { method: 'annual-census', level: 'la', code: '935', academicYear: '2024/25' } as const;
    expect(benchmarkFor({ ...query, phase: 'Primary' })?.figures).toEqual({
      overallAbsencePercent: 5.18,
      authorisedAbsencePercent: 3.87,
      unauthorisedAbsencePercent: 1.31,
      persistentAbsencePercent: 12.2,
      severeAbsencePercent: 1.04,
    });
    // Published as 9.1300000000000008 and 9.6999999999999993.
    expect(benchmarkFor({ ...query, phase: 'Secondary' })?.figures.overallAbsencePercent).toBe(9.13);
    expect(benchmarkFor({ ...query, phase: 'Special' })?.figures.authorisedAbsencePercent).toBe(9.7);
  });

  it('a former LA keeps its older figures (Northamptonshire, 928, 2018/19)', () => {
    const northamptonshire = benchmarkFor({
      method: 'annual-census',
      level: 'la',
      code: '928',
      phase: 'Primary',
      academicYear: '2018/19',
      period: 'full-year',
    });
    expect(northamptonshire?.figures.authorisedAbsencePercent).toBe(2.83);
    expect(northamptonshire?.area).toMatchObject({ name: 'Northamptonshire', current: false });
  });

  it('has no 2019/20 (no census absence figures were published)', () => {
    expect(
      benchmarkFor({ method: 'annual-census', level: 'england', phase: 'Total', academicYear: '2019/20' }),
    ).toBeUndefined();
  });
});

describe('benchmarkFor: malformed queries throw, naming the field, the value and what was expected', () => {
  const valid = {
    method: 'daily-attendance',
    level: 'england',
    phase: 'Total',
    academicYear: '2024/25',
    period: 'full-year',
  } as const;
  const attempt = (change: Record<string, unknown>) => () =>
    benchmarkFor({ ...valid, ...change } as unknown as BenchmarkQuery);

  it('has no default method: daily and census figures must not be mixed up', () => {
    expect(attempt({ method: undefined })).toThrow(
      /benchmarkFor: method undefined, expected "daily-attendance" or "annual-census"/,
    );
    expect(attempt({ method: 'both' })).toThrow(/method "both"/);
  });

  it('checks the year, phase, level, code and period', () => {
    expect(attempt({ academicYear: '2024-25' })).toThrow(/academicYear "2024-25", expected .*"2024\/25"/);
    expect(attempt({ academicYear: '2024/26' })).toThrow(/academicYear "2024\/26"/);
    expect(attempt({ phase: 'All schools' })).toThrow(/phase "All schools", expected one of "Primary"/);
    expect(attempt({ level: 'country' })).toThrow(/level "country"/);
    expect(attempt({ level: 'la' })).toThrow(/code undefined, expected the la's code/);
    expect(attempt({ period: 'week-26' })).toThrow(/period "week-26"/);
    expect(attempt({ method: 'annual-census', period: 'autumn-term' })).toThrow(
      /period "autumn-term", expected one of "full-year"/,
    );
  });
});
