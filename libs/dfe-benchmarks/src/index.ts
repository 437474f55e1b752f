export * from './benchmark.types.js';
export { DFE_BENCHMARKS_ATTRIBUTION, OPEN_GOVERNMENT_LICENCE_URL } from './attribution.js';
export { DFE_SYMBOL_MEANINGS, isPublishedNumber } from './symbols.js';
export {
  findArea,
  listLocalAuthorities,
  listRegions,
  regionOfLa,
  type BenchmarkArea,
  type Region,
} from './areas/areas.js';
export {
  DAILY_ABSENCE_REASONS,
  type DailyAbsenceReason,
  type DailyAttendanceFigures,
} from './figures/daily-attendance-figures.js';
export type { CensusAbsenceFigures } from './figures/census-absence-figures.js';
export type { SocialCareAbsenceFigures } from './figures/social-care-figures.js';
export {
  METHOD_LABELS,
  SOCIAL_CARE_GROUP_LABELS,
  type BenchmarkLabels,
  type BenchmarkSource,
} from './labels/benchmark-labels.js';
export type { AreaQuery, BenchmarkResult, PhaseYearQuery } from './lookups/benchmark-query.js';
export {
  benchmarkFor,
  type Benchmark,
  type BenchmarkQuery,
  type CensusAbsenceBenchmark,
  type CensusAbsenceQuery,
  type DailyAttendanceBenchmark,
  type DailyAttendanceQuery,
} from './lookups/benchmark-for.js';
export {
  socialCareBenchmarkFor,
  type SocialCareBenchmark,
  type SocialCareQuery,
} from './lookups/social-care-benchmark-for.js';
export {
  persistentAbsenceToWeek,
  type PersistentAbsenceToWeekBenchmark,
  type PersistentAbsenceToWeekQuery,
} from './lookups/persistent-absence-to-week.js';
export {
  academicYearsOf,
  listBenchmarks,
  periodsOf,
  type AvailableBenchmark,
} from './lookups/list-benchmarks.js';
export {
  comparisonBenchmarks,
  phaseForDfeSchoolType,
  type ComparisonBenchmarks,
  type ComparisonBenchmarksQuery,
} from './lookups/comparison-benchmarks.js';
export {
  dfeAreaOfLa,
  DfeAreaIncompleteError,
  type DfeAreaOfLa,
  type DfeAreaOverrides,
} from './areas/dfe-area-of-la.js';
