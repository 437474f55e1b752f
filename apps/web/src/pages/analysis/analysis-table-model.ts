import type { AttendanceMeasuresFieldsFragment, MeasureDimension } from '../../graphql/generated/graphql.js';
import { BREAKDOWN_LABELS, dfeGroupLabel } from '../../breakdown/breakdown-labels.js';
import { MEASURE_DEFINITIONS, measureRate } from './analysis-measures.js';
import { MEASURES, type Measure } from './analysis-search.js';

// The workspace's table, worked out once from the API's groups and the chosen comparison: the page shows it,
// and the CSV and Excel downloads write it (analysis-export.ts), so the files hold exactly what is on screen.

/** One group of `cohortMeasures`: a value of each dimension, or every value (`all`) for subtotals and the total. */
export interface AnalysisGroup {
  keys: readonly (string | null)[];
  all: readonly boolean[];
  measures: AttendanceMeasuresFieldsFragment;
}

/** A published figure: a number, or the DfE's symbol in its place. */
export interface PublishedValue {
  value: number | null;
  symbol: string | null;
}

/** A region's or England's published figure for the measure, labelled with its source. */
export interface PublishedArea {
  label: string;
  figure: PublishedValue;
}

export type AnalysisComparison =
  | { kind: 'none' }
  /** `groups` null: the store holds nothing for the same dates a year earlier. */
  | { kind: 'last-year'; groups: readonly AnalysisGroup[] | null }
  | { kind: 'la' }
  | { kind: 'published'; areas: readonly PublishedArea[] };

export interface AnalysisTableInput {
  measure: Measure;
  dimensions: readonly MeasureDimension[];
  /** In the API's order: the total first, then the subtotals and groups. */
  groups: readonly AnalysisGroup[];
  comparison: AnalysisComparison;
  /** School names by URN, for a breakdown by school (the API keys its groups by URN). */
  schoolNames?: ReadonlyMap<string, string>;
}

/** Text (a label), a count, a rate (0-100) or a difference of rates in percentage points. */
export type AnalysisColumnKind = 'text' | 'count' | 'rate' | 'points';

export interface AnalysisColumn {
  header: string;
  kind: AnalysisColumnKind;
  /**
   * The DfE symbol a download writes for a missing figure: z for a rate over no possible sessions, x for a
   * comparison the store or the DfE does not have. The page shows "no data" for both.
   */
  missingSymbol: 'z' | 'x';
}

/** A label, a figure, a missing figure (null) or a published symbol standing in for a figure. */
export type AnalysisCell = string | number | null | { symbol: string };

export interface AnalysisRow {
  key: string;
  /** total: every dimension summed; subtotal: one of two dimensions summed; group: a value of each. */
  level: 'total' | 'subtotal' | 'group';
  cells: AnalysisCell[];
}

export interface AnalysisTable {
  columns: AnalysisColumn[];
  rows: AnalysisRow[];
  /** How many leading columns name the row (one per dimension). */
  rowHeaderCount: number;
}

/** What the dimension columns say for a row that sums every value of a dimension (as the DfE's files do). */
export const TOTAL_LABEL = 'Total';

/** A group's identity across two answers (this year's and last year's). */
export function groupKey(group: Pick<AnalysisGroup, 'keys' | 'all'>): string {
  return JSON.stringify([group.keys, group.all]);
}

/** The value of one dimension of a group as the table names it: a school by name, a sum as "Total". */
export function dimensionValueLabel(
  dimension: MeasureDimension,
  group: Pick<AnalysisGroup, 'keys' | 'all'>,
  index: number,
  schoolNames?: ReadonlyMap<string, string>,
): string {
  if (group.all[index]) return TOTAL_LABEL;
  const key = group.keys[index];
  if (dimension === 'school' && key) return schoolNames?.get(key) ?? key;
  return dfeGroupLabel(dimension, key);
}

/** `a - b` in percentage points, or null when either is missing. */
export function pointsBetween(a: number | null, b: number | null): number | null {
  return a === null || b === null ? null : a - b;
}

function rateColumn(header: string, missingSymbol: 'z' | 'x' = 'z'): AnalysisColumn {
  return { header, kind: 'rate', missingSymbol };
}

function pointsColumn(header: string): AnalysisColumn {
  return { header, kind: 'points', missingSymbol: 'x' };
}

interface ComparisonColumns {
  columns: AnalysisColumn[];
  cells: (group: AnalysisGroup, rate: number | null) => AnalysisCell[];
}

function comparisonColumns(input: AnalysisTableInput): ComparisonColumns {
  const { comparison, measure } = input;
  const label = MEASURE_DEFINITIONS[measure].label;
  switch (comparison.kind) {
    case 'none':
      return { columns: [], cells: () => [] };
    case 'last-year': {
      const lastYear = new Map((comparison.groups ?? []).map((group) => [groupKey(group), group]));
      return {
        columns: [
          rateColumn(`${label}, same dates last year`, 'x'),
          pointsColumn('Change from last year (percentage points)'),
        ],
        cells: (group, rate) => {
          const before = lastYear.get(groupKey(group));
          const beforeRate = before ? measureRate(before.measures, measure) : null;
          return [beforeRate, pointsBetween(rate, beforeRate)];
        },
      };
    }
    case 'la': {
      const total = input.groups.find((group) => group.all.every(Boolean));
      const laRate = total ? measureRate(total.measures, measure) : null;
      return {
        columns: [
          rateColumn(`${label}, LA total`),
          pointsColumn('Difference from the LA total (percentage points)'),
        ],
        cells: (_group, rate) => [laRate, pointsBetween(rate, laRate)],
      };
    }
    case 'published':
      return {
        columns: comparison.areas.map((area) => rateColumn(`${label}, ${area.label}`, 'x')),
        cells: () =>
          comparison.areas.map(({ figure }) =>
            figure.value !== null && figure.symbol === null ? figure.value : { symbol: figure.symbol ?? 'x' },
          ),
      };
  }
}

function levelOf(group: AnalysisGroup): AnalysisRow['level'] {
  if (group.all.every(Boolean)) return 'total';
  return group.all.some(Boolean) ? 'subtotal' : 'group';
}

/**
 * The table: a row per group in the API's order (the total first, then for two dimensions each second-dimension
 * subtotal, then each first-dimension value's subtotal and its groups); columns for each dimension, enrolments,
 * possible sessions, the chosen measure, the comparison and every other rate.
 */
export function analysisTable(input: AnalysisTableInput): AnalysisTable {
  const { dimensions, measure, schoolNames } = input;
  const comparison = comparisonColumns(input);
  const otherMeasures = MEASURES.filter((other) => other !== measure);
  const columns: AnalysisColumn[] = [
    ...dimensions.map((dimension) => ({
      header: BREAKDOWN_LABELS[dimension],
      kind: 'text' as const,
      missingSymbol: 'x' as const,
    })),
    { header: 'Enrolments', kind: 'count', missingSymbol: 'z' },
    { header: 'Possible sessions', kind: 'count', missingSymbol: 'z' },
    rateColumn(MEASURE_DEFINITIONS[measure].label),
    ...comparison.columns,
    ...otherMeasures.map((other) => rateColumn(MEASURE_DEFINITIONS[other].label)),
  ];
  const rows = input.groups.map((group): AnalysisRow => {
    const rate = measureRate(group.measures, measure);
    return {
      key: groupKey(group),
      level: levelOf(group),
      cells: [
        ...dimensions.map((dimension, index) => dimensionValueLabel(dimension, group, index, schoolNames)),
        group.measures.enrolments,
        group.measures.possibleSessions,
        rate,
        ...comparison.cells(group, rate),
        ...otherMeasures.map((other) => measureRate(group.measures, other)),
      ],
    };
  });
  return { columns, rows, rowHeaderCount: dimensions.length };
}
