import type { BenchmarkPeriod } from '../benchmark.types.js';
import { readCensusAbsenceFigures, type CensusAbsenceFigures } from '../figures/census-absence-figures.js';
import {
  readDailyAttendanceFigures,
  type DailyAttendanceFigures,
} from '../figures/daily-attendance-figures.js';
import {
  expectMethod,
  expectPeriod,
  expectPhaseYearQuery,
  lookUp,
  PERIODS,
  type BenchmarkResult,
  type PhaseYearQuery,
} from './benchmark-query.js';

export type DailyAttendanceQuery = PhaseYearQuery & {
  readonly method: 'daily-attendance';
  /** Which of the year's files: the full year, a term, or the year to date (see `listBenchmarks`). */
  readonly period: BenchmarkPeriod;
};

export type CensusAbsenceQuery = PhaseYearQuery & {
  readonly method: 'annual-census';
  /** The census covers the full year (six half terms); nothing else is published. */
  readonly period?: 'full-year';
};

export type BenchmarkQuery = DailyAttendanceQuery | CensusAbsenceQuery;

export type DailyAttendanceBenchmark = BenchmarkResult<'daily-attendance', DailyAttendanceFigures>;
export type CensusAbsenceBenchmark = BenchmarkResult<'annual-census', CensusAbsenceFigures>;
export type Benchmark = DailyAttendanceBenchmark | CensusAbsenceBenchmark;

/**
 * The published DfE figures for England, a region or an LA, one phase, year and period, by the method the
 * caller chose, with the labels to show beside them; undefined where the DfE published no such row (e.g. an
 * LA's Total in the 2024/25 daily files, a phase an LA has no school of, a year not shipped).
 * Malformed queries (unknown method, level, phase or period, or a year not written like "2024/25") throw.
 */
export function benchmarkFor(query: DailyAttendanceQuery): DailyAttendanceBenchmark | undefined;
export function benchmarkFor(query: CensusAbsenceQuery): CensusAbsenceBenchmark | undefined;
export function benchmarkFor(query: BenchmarkQuery): Benchmark | undefined;
export function benchmarkFor(query: BenchmarkQuery): Benchmark | undefined {
  const caller = 'benchmarkFor';
  expectMethod(caller, query.method, ['daily-attendance', 'annual-census']);
  expectPhaseYearQuery(caller, query);
  if (query.method === 'daily-attendance') {
    expectPeriod(caller, query.period, PERIODS);
    const key = {
      dataset: 'daily-attendance',
      academicYear: query.academicYear,
      period: query.period,
      week: null,
      socialCareGroup: null,
    } as const;
    return lookUp('daily-attendance', key, query, readDailyAttendanceFigures);
  }
  expectPeriod(caller, query.period ?? 'full-year', ['full-year']);
  const key = {
    dataset: 'census-absence',
    academicYear: query.academicYear,
    period: 'full-year',
    week: null,
    socialCareGroup: null,
  } as const;
  return lookUp('annual-census', key, query, readCensusAbsenceFigures);
}
