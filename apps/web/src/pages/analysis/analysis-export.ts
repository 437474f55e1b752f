import {
  DFE_PERCENT_DECIMAL_PLACES,
  isDfeSymbol,
  neutraliseFormula,
  toCsv,
  type CsvColumn,
} from '@attendance/domain';
import type { MeasureDimension } from '../../graphql/generated/graphql.js';
import { MEASURE_DEFINITIONS } from './analysis-measures.js';
import type { CohortChoice, Measure } from './analysis-search.js';
import type {
  AnalysisCell,
  AnalysisColumn,
  AnalysisColumnKind,
  AnalysisTable,
} from './analysis-table-model.js';

// The table as rows for a spreadsheet, written once for both downloads (CSV and Excel). Formula injection: a
// school's name comes from the LA's exports, so every text cell goes through the domain's neutraliseFormula
// (a leading = + - @ tab or CR gets an apostrophe) and is never written as a formula; figures are numbers.

export type ExportCell =
  | { kind: 'text'; text: string }
  /** `decimals`: how many places the CSV writes and Excel shows (rates one, as on screen; counts none). */
  | { kind: 'number'; value: number; decimals: number };

export interface ExportColumn {
  header: string;
  kind: AnalysisColumnKind;
}

export interface ExportSheet {
  columns: ExportColumn[];
  rows: ExportCell[][];
}

/**
 * A symbol the DfE layout knows (c, low, x, z, u) as it is; any other a published file uses stands as x (not
 * available), so every figure cell of a download is a number or a symbol the layout documents.
 */
function exportSymbol(symbol: string): string {
  return isDfeSymbol(symbol) ? symbol : 'x';
}

function exportCell(cell: AnalysisCell, column: AnalysisColumn): ExportCell {
  if (cell === null) return { kind: 'text', text: column.missingSymbol };
  if (typeof cell === 'object') return { kind: 'text', text: exportSymbol(cell.symbol) };
  if (typeof cell === 'string') return { kind: 'text', text: neutraliseFormula(cell) };
  return { kind: 'number', value: cell, decimals: column.kind === 'count' ? 0 : DFE_PERCENT_DECIMAL_PLACES };
}

/** The header and every row of the table, text made formula-safe, figures as numbers, missing ones as symbols. */
export function analysisExportRows(table: AnalysisTable): ExportSheet {
  return {
    columns: table.columns.map((column) => ({ header: neutraliseFormula(column.header), kind: column.kind })),
    rows: table.rows.map((row) => row.cells.map((cell, index) => exportCell(cell, table.columns[index]!))),
  };
}

/** A number as the CSV writes it: plain, to its places (never "-0.0"). */
export function plainNumber(value: number, decimals: number): string {
  const text = value.toFixed(decimals);
  return /^-0(\.0+)?$/.test(text) ? text.slice(1) : text;
}

const CSV_KINDS: Readonly<Record<AnalysisColumnKind, CsvColumn['kind']>> = {
  text: 'text',
  count: 'count',
  rate: 'percent',
  points: 'percent',
};

/** The sheet as CSV text by the domain's writer (RFC 4180, LF line ends, text cells formula-safe). */
export function analysisCsv(sheet: ExportSheet): string {
  const columns = sheet.columns.map((column) => ({ name: column.header, kind: CSV_KINDS[column.kind] }));
  const rows = sheet.rows.map((cells) =>
    Object.fromEntries(
      cells.map((cell, index) => [
        columns[index]!.name,
        cell.kind === 'text' ? cell.text : plainNumber(cell.value, cell.decimals),
      ]),
    ),
  );
  return toCsv(columns, rows);
}

/** Dimension ids as file names write them: yearGroup -> year-group. */
function kebab(dimension: MeasureDimension): string {
  return dimension.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

export interface AnalysisFileNameParts {
  measure: Measure;
  dimensions: readonly MeasureDimension[];
  cohort: CohortChoice;
  periodStart: string;
  periodEnd: string;
}

/** e.g. attendance-overall-absence-by-year-group-2026-09-01-to-2026-11-23 (the extension is the caller's). */
export function analysisFileStem({
  measure,
  dimensions,
  cohort,
  periodStart,
  periodEnd,
}: AnalysisFileNameParts) {
  const cohortPart = cohort === 'statutory' ? '' : `-${cohort}-cohort`;
  const breakdown = dimensions.map(kebab).join('-and-');
  return `attendance-${MEASURE_DEFINITIONS[measure].fileSlug}-by-${breakdown}${cohortPart}-${periodStart}-to-${periodEnd}`;
}
