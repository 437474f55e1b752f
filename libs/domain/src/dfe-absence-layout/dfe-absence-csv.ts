import { DFE_ABSENCE_COLUMNS, type DfeAbsenceRow, type DfeColumnKind } from './dfe-absence-columns.js';
import { DfeAbsenceLayoutError } from './dfe-absence-layout-error.js';
import { DFE_SYMBOLS, isDfeSymbol } from './dfe-symbols.js';

// CSV as RFC 4180 writes it: a header row, fields separated by commas, a field quoted when it holds a comma, a
// double quote, CR or LF, and a quote inside a quoted field doubled. Written as UTF-8 text by the caller.
//
// Lines end in LF, not RFC 4180's CRLF: the DfE's own published files (../shared/benchmarks, from the DfE's
// repositories) end in LF, so do the product's nightly export and generated files, every reader our users use
// (Excel, LibreOffice, R, pandas, DuckDB, csv-parse) reads LF, and LF files compare cleanly in tests and git.
// The file ends with a line break after the last row.
//
// Formula injection: a spreadsheet runs a cell that starts with = + - @ (and some also a leading tab or CR) as
// a formula, and school and LA names come from the LAs' own exports. The rule is decided by the column, never by
// guessing from the text:
// - a text column's cell that starts with one of those six characters gets a leading apostrophe, so it is read
//   as text (OWASP's advice for CSV injection; some spreadsheets show the apostrophe, the accepted cost);
// - a count or percent column's cell is never altered: it must be a plain decimal number (an optional minus,
//   digits, an optional fraction, e.g. -1.5) or a DfE symbol, which no spreadsheet runs, and anything else is
//   refused with an error rather than written.

export const FORMULA_TRIGGER_CHARACTERS: readonly string[] = ['=', '+', '-', '@', '\t', '\r'];

const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

export interface CsvColumn {
  readonly name: string;
  readonly kind: DfeColumnKind;
}

/** RFC 4180 quoting: only a field that needs it is quoted. */
export function quoteCsvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A text cell a spreadsheet would run as a formula, made inert with a leading apostrophe. */
export function neutraliseFormula(value: string): string {
  return FORMULA_TRIGGER_CHARACTERS.some((trigger) => value.startsWith(trigger)) ? `'${value}` : value;
}

export function isPlainNumberOrSymbol(value: string): boolean {
  return PLAIN_NUMBER.test(value) || isDfeSymbol(value);
}

/**
 * The rows as CSV text under a header of the columns' names, in the columns' order. Throws
 * `DfeAbsenceLayoutError` naming the line and column of a missing cell, or of a figure cell that is not a
 * number or symbol.
 */
export function toCsv(
  columns: readonly CsvColumn[],
  rows: readonly Readonly<Record<string, string>>[],
): string {
  const lines = [columns.map((column) => quoteCsvField(neutraliseFormula(column.name))).join(',')];
  rows.forEach((row, index) => {
    const where = `CSV line ${index + 2} (data row ${index + 1})`;
    const fields = columns.map((column) => {
      const value = row[column.name];
      if (typeof value !== 'string') {
        throw new DfeAbsenceLayoutError(where, column.name, value, 'text for every column');
      }
      if (column.kind === 'text') return quoteCsvField(neutraliseFormula(value));
      if (!isPlainNumberOrSymbol(value)) {
        throw new DfeAbsenceLayoutError(
          where,
          column.name,
          value,
          `a plain number such as 12 or 4.5, or one of the symbols ${Object.keys(DFE_SYMBOLS).join(', ')}`,
        );
      }
      return value;
    });
    lines.push(fields.join(','));
  });
  return `${lines.join('\n')}\n`;
}

/** Rows of the DfE absence layout as CSV, with its header. */
export function dfeAbsenceCsv(rows: readonly DfeAbsenceRow[]): string {
  return toCsv(DFE_ABSENCE_COLUMNS, rows);
}
