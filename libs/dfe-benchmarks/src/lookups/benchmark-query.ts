import { findArea, type BenchmarkArea } from '../areas/areas.js';
import type {
  AcademicYear,
  BenchmarkMethod,
  BenchmarkPeriod,
  GeographicLevel,
  Phase,
} from '../benchmark.types.js';
import { figureReader, type FigureReader } from '../figures/figure-reader.js';
import { benchmarkLabels, type BenchmarkLabels } from '../labels/benchmark-labels.js';
import { findTable, phaseFigures, type TableKey } from './benchmark-tables.js';

/** England (its code may be left out), a region by its E12 code, or an LA by its GSS code or 3-digit number. */
export type AreaQuery =
  | { readonly level: 'england'; readonly code?: string }
  | { readonly level: 'region'; readonly code: string }
  | { readonly level: 'la'; readonly code: string };

export type PhaseYearQuery = AreaQuery & {
  readonly phase: Phase;
  /** As the DfE writes it: "2024/25". */
  readonly academicYear: AcademicYear;
};

/** A lookup's answer: the figures, the area and phase they are for, and the labels to show with them. */
export interface BenchmarkResult<M extends BenchmarkMethod, F> {
  readonly method: M;
  readonly area: BenchmarkArea;
  readonly phase: Phase;
  readonly figures: F;
  readonly labels: BenchmarkLabels;
}

const LEVELS: readonly GeographicLevel[] = ['england', 'region', 'la'];
const PHASES: readonly Phase[] = ['Primary', 'Secondary', 'Special', 'Total'];
export const PERIODS: readonly BenchmarkPeriod[] = [
  'full-year',
  'autumn-term',
  'spring-term',
  'summer-term',
  'year-to-date',
];

function expectOneOf(caller: string, field: string, value: unknown, allowed: readonly unknown[]): void {
  if (!allowed.includes(value)) {
    const expected = allowed.map((option) => `"${String(option)}"`).join(', ');
    throw new RangeError(`${caller}: ${field} ${JSON.stringify(value)}, expected one of ${expected}`);
  }
}

/**
 * The method is required and checked, not defaulted: daily and census figures differ by design, so a caller
 * (or an untyped GraphQL resolver) that forgets to choose gets an error, never the other method's figures.
 */
export function expectMethod(caller: string, method: unknown, allowed: readonly BenchmarkMethod[]): void {
  if (!allowed.includes(method as BenchmarkMethod)) {
    throw new RangeError(
      `${caller}: method ${JSON.stringify(method)}, expected ${allowed.map((m) => `"${m}"`).join(' or ')} ` +
        '(daily attendance data and the annual census differ by design, so the caller must choose)',
    );
  }
}

export function expectPeriod(caller: string, period: unknown, allowed: readonly BenchmarkPeriod[]): void {
  expectOneOf(caller, 'period', period, allowed);
}

/** Checks the parts every lookup shares; a malformed query is an error, an unpublished figure is undefined. */
export function expectPhaseYearQuery(caller: string, query: PhaseYearQuery): void {
  expectOneOf(caller, 'level', query.level, LEVELS);
  expectOneOf(caller, 'phase', query.phase, PHASES);
  const year = /^(\d{4})\/(\d{2})$/.exec(String(query.academicYear));
  if (year === null || (Number(year[1]) + 1) % 100 !== Number(year[2])) {
    throw new RangeError(
      `${caller}: academicYear ${JSON.stringify(query.academicYear)}, expected an academic year such as "2024/25"`,
    );
  }
  if (query.level !== 'england' && (typeof query.code !== 'string' || query.code === '')) {
    throw new RangeError(`${caller}: code ${JSON.stringify(query.code)}, expected the ${query.level}'s code`);
  }
}

/** The published row for a query in one table, read into typed figures, with its labels; else undefined. */
export function lookUp<M extends BenchmarkMethod, F>(
  method: M,
  key: TableKey,
  query: PhaseYearQuery,
  read: (reader: FigureReader) => F,
): BenchmarkResult<M, F> | undefined {
  const area = findArea(query.level, query.code);
  const table = findTable(key);
  if (area === undefined || table === undefined) return undefined;
  const figures = phaseFigures(table, area.code, query.phase);
  if (figures === undefined) return undefined;
  const where = `${table.source.file} ${area.code} ${query.phase}`;
  return {
    method,
    area,
    phase: query.phase,
    figures: read(figureReader(table.table.columns, figures, where)),
    labels: benchmarkLabels(table.source, table.table, query.phase),
  };
}
