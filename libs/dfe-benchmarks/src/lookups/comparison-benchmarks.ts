import type { AcademicYear, BenchmarkPeriod, Phase } from '../benchmark.types.js';
import { benchmarkFor, type CensusAbsenceBenchmark, type DailyAttendanceBenchmark } from './benchmark-for.js';
import { listBenchmarks } from './list-benchmarks.js';

// Which published figures a school's or an LA's own figures are set beside. Published data always lags: the
// current year has no census yet, and the daily files stop at a release week. So each method gives its
// nearest figures at or before the year asked for, and every answer says which year and period it is:
// - daily attendance data: the year itself when shipped (its year to date while it runs, else its full year),
//   otherwise the latest earlier year's full year;
// - annual census: the latest year at or before it (full years only; severe absence is only here).
// An area the DfE did not publish (e.g. an LA's Total in the 2024/25 daily files) is left out, never zero.

/** The DfE's `school_type` groupings, as the product's DfE layout names them, to the benchmarks' phases. */
const PHASE_BY_DFE_SCHOOL_TYPE: Readonly<Record<string, Phase>> = {
  'State-funded primary': 'Primary',
  'State-funded secondary': 'Secondary',
  Special: 'Special',
  Total: 'Total',
};

export function phaseForDfeSchoolType(schoolType: string): Phase {
  const phase = PHASE_BY_DFE_SCHOOL_TYPE[schoolType];
  if (phase === undefined) {
    throw new RangeError(
      `phaseForDfeSchoolType: school type ${JSON.stringify(schoolType)}, expected one of ${Object.keys(PHASE_BY_DFE_SCHOOL_TYPE).join(', ')}`,
    );
  }
  return phase;
}

export interface ComparisonBenchmarksQuery {
  /** The year of the figures being compared, as the DfE writes it: "2026/27". */
  readonly academicYear: AcademicYear;
  readonly phase: Phase;
  /** The LA's own code (3-digit or GSS), for its published figures; left out when unknown. */
  readonly laCode?: string | undefined;
  /** The region's E12 code; left out when unknown. */
  readonly regionCode?: string | undefined;
}

export interface ComparisonBenchmarks {
  /** LA, region, England, in that order, each where published. */
  readonly daily: readonly DailyAttendanceBenchmark[];
  readonly census: readonly CensusAbsenceBenchmark[];
}

type Area = { level: 'la' | 'region'; code: string } | { level: 'england' };

export function comparisonBenchmarks(query: ComparisonBenchmarksQuery): ComparisonBenchmarks {
  const areas: Area[] = [
    ...(query.laCode ? [{ level: 'la' as const, code: query.laCode }] : []),
    ...(query.regionCode ? [{ level: 'region' as const, code: query.regionCode }] : []),
    { level: 'england' },
  ];
  const daily = nearestDailyTable(query.academicYear);
  const censusYear = latestYearAtOrBefore('census-absence', query.academicYear);
  return {
    daily: daily
      ? areas.flatMap((area) => {
          const found = benchmarkFor({ method: 'daily-attendance', ...area, phase: query.phase, ...daily });
          return found ? [found] : [];
        })
      : [],
    census: censusYear
      ? areas.flatMap((area) => {
          const found = benchmarkFor({
            method: 'annual-census',
            ...area,
            phase: query.phase,
            academicYear: censusYear,
          });
          return found ? [found] : [];
        })
      : [],
  };
}

function latestYearAtOrBefore(
  dataset: 'daily-attendance' | 'census-absence',
  academicYear: AcademicYear,
): AcademicYear | undefined {
  return listBenchmarks({ dataset })
    .map((entry) => entry.academicYear)
    .filter((year) => year <= academicYear)
    .at(-1);
}

function nearestDailyTable(
  academicYear: AcademicYear,
): { academicYear: AcademicYear; period: BenchmarkPeriod } | undefined {
  const year = latestYearAtOrBefore('daily-attendance', academicYear);
  if (year === undefined) return undefined;
  const periods = listBenchmarks({ dataset: 'daily-attendance' })
    .filter((entry) => entry.academicYear === year)
    .map((entry) => entry.period);
  const preferred: BenchmarkPeriod[] =
    year === academicYear ? ['year-to-date', 'full-year'] : ['full-year', 'year-to-date'];
  const period = preferred.find((candidate) => periods.includes(candidate));
  return period ? { academicYear: year, period } : undefined;
}
