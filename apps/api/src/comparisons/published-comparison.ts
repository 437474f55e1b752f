import {
  DFE_BENCHMARKS_ATTRIBUTION,
  type BenchmarkFigure,
  type CensusAbsenceBenchmark,
  type DailyAttendanceBenchmark,
  type SocialCareBenchmark,
} from '@attendance/dfe-benchmarks';
import type { PublishedComparison } from './models/comparisons.model.js';
import type { PublishedFigure } from './models/published-figure.model.js';

// A published benchmark as the API shows it: every figure a number or a DfE symbol, and `x` (not available)
// for a measure the method does not publish (severe absence in daily data, attendance in the census).

export const NOT_PUBLISHED: PublishedFigure = { value: null, symbol: 'x' };

export function figure(value: BenchmarkFigure | undefined): PublishedFigure {
  if (value === undefined) return NOT_PUBLISHED;
  return typeof value === 'number' ? { value, symbol: null } : { value: null, symbol: value };
}

const LEVEL_NAMES = { la: 'LA', region: 'REGION', england: 'ENGLAND' } as const;

/** Where a published figure comes from, as every published comparison labels it: area, phase, method, year,
 * period, summary and source. */
export function publishedSource(
  benchmark: Pick<
    DailyAttendanceBenchmark | CensusAbsenceBenchmark | SocialCareBenchmark,
    'area' | 'labels' | 'phase'
  >,
) {
  const { area, labels } = benchmark;
  return {
    level: LEVEL_NAMES[area.level],
    areaCode: area.code,
    areaName: area.name,
    phase: benchmark.phase,
    method: labels.method,
    methodLabel: labels.methodLabel,
    academicYear: labels.academicYear,
    periodLabel: labels.periodLabel,
    summary: labels.summary,
    sourceUrl: labels.source.url,
  };
}

export function publishedComparison(
  benchmark: DailyAttendanceBenchmark | CensusAbsenceBenchmark,
): PublishedComparison {
  const common = publishedSource(benchmark);
  if (benchmark.method === 'daily-attendance') {
    const figures = benchmark.figures;
    return {
      ...common,
      attendanceRate: figure(figures.attendancePercent),
      overallAbsenceRate: figure(figures.overallAbsencePercent),
      authorisedAbsenceRate: figure(figures.authorisedAbsencePercent),
      unauthorisedAbsenceRate: figure(figures.unauthorisedAbsencePercent),
      persistentAbsenceRate: figure(figures.persistentAbsencePercent),
      severeAbsenceRate: NOT_PUBLISHED,
    };
  }
  const figures = benchmark.figures;
  return {
    ...common,
    attendanceRate: NOT_PUBLISHED,
    overallAbsenceRate: figure(figures.overallAbsencePercent),
    authorisedAbsenceRate: figure(figures.authorisedAbsencePercent),
    unauthorisedAbsenceRate: figure(figures.unauthorisedAbsencePercent),
    persistentAbsenceRate: figure(figures.persistentAbsencePercent),
    severeAbsenceRate: figure(figures.severeAbsencePercent),
  };
}

export { DFE_BENCHMARKS_ATTRIBUTION };
