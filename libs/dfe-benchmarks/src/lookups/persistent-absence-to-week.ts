import type { BenchmarkFigure } from '../benchmark.types.js';
import {
  expectMethod,
  expectPhaseYearQuery,
  lookUp,
  type BenchmarkResult,
  type PhaseYearQuery,
} from './benchmark-query.js';

export type PersistentAbsenceToWeekQuery = PhaseYearQuery & {
  readonly method: 'daily-attendance';
  /** The DfE release week (calendar week of the year the summer term is in), e.g. 26 for late June. */
  readonly week: number;
};

export type PersistentAbsenceToWeekBenchmark = BenchmarkResult<
  'daily-attendance',
  { readonly persistentAbsencePercent: BenchmarkFigure }
>;

/**
 * Persistent absence year to date at a release week of an earlier year (2 dp as released): the fair "same
 * point last year" for a year-to-date figure, since persistent absence over part of a year differs from a
 * full year's. Shipped for the weeks a year-to-date file runs to (2024/25 week 26); undefined otherwise.
 */
export function persistentAbsenceToWeek(
  query: PersistentAbsenceToWeekQuery,
): PersistentAbsenceToWeekBenchmark | undefined {
  const caller = 'persistentAbsenceToWeek';
  expectMethod(caller, query.method, ['daily-attendance']);
  expectPhaseYearQuery(caller, query);
  if (!Number.isInteger(query.week) || query.week < 1 || query.week > 53) {
    throw new RangeError(
      `${caller}: week ${JSON.stringify(query.week)}, expected a week number from 1 to 53`,
    );
  }
  const key = {
    dataset: 'daily-persistent-absence-by-week',
    academicYear: query.academicYear,
    period: 'year-to-date',
    week: query.week,
    socialCareGroup: null,
  } as const;
  return lookUp('daily-attendance', key, query, (read) => ({
    persistentAbsencePercent: read.required('persistentAbsencePercent'),
  }));
}
