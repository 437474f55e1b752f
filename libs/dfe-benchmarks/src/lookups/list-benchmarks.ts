import type {
  AcademicYear,
  BenchmarkDataset,
  BenchmarkMethod,
  BenchmarkPeriod,
  CalendarWeek,
  SocialCareGroup,
  TotalBasis,
} from '../benchmark.types.js';
import { methodOf, periodLabel } from '../labels/benchmark-labels.js';
import { allTables } from './benchmark-tables.js';

/** One shipped table: what a caller can ask for, and which lookup answers it. */
export interface AvailableBenchmark {
  readonly dataset: BenchmarkDataset;
  readonly method: BenchmarkMethod;
  readonly academicYear: AcademicYear;
  readonly period: BenchmarkPeriod;
  readonly periodLabel: string;
  readonly toWeek: CalendarWeek | null;
  readonly socialCareGroup: SocialCareGroup | null;
  readonly totalBasis: TotalBasis | null;
  readonly file: string;
}

/** Every shipped table, oldest year first; filter by dataset or method to offer the choices. */
export function listBenchmarks(
  filter: { dataset?: BenchmarkDataset; method?: BenchmarkMethod } = {},
): readonly AvailableBenchmark[] {
  return allTables()
    .map(({ source, table }) => ({
      dataset: source.dataset,
      method: methodOf(source.dataset),
      academicYear: table.academicYear,
      period: table.period,
      periodLabel: periodLabel(table.period, table.toWeek),
      toWeek: table.toWeek,
      socialCareGroup: table.socialCareGroup,
      totalBasis: table.totalBasis,
      file: source.file,
    }))
    .filter(
      (entry) =>
        (filter.dataset === undefined || entry.dataset === filter.dataset) &&
        (filter.method === undefined || entry.method === filter.method),
    )
    .sort((a, b) => a.academicYear.localeCompare(b.academicYear));
}

/** The academic years a dataset has figures for, oldest first. */
export function academicYearsOf(dataset: BenchmarkDataset): readonly AcademicYear[] {
  return [...new Set(listBenchmarks({ dataset }).map((entry) => entry.academicYear))];
}

/** The periods a dataset has for one academic year, in file order (full year, terms, year to date). */
export function periodsOf(dataset: BenchmarkDataset, academicYear: AcademicYear): readonly BenchmarkPeriod[] {
  return [
    ...new Set(
      listBenchmarks({ dataset })
        .filter((entry) => entry.academicYear === academicYear)
        .map((entry) => entry.period),
    ),
  ];
}
