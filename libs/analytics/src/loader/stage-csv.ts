import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { structValue } from '@duckdb/node-api';
import type { SqlSession } from '../store/sql-session.js';
import type { CsvFileLayout } from './csv-file-layouts.js';
import { readCsvHeader } from './csv-header.js';
import { csvReadIssue } from './csv-read-issue.js';
import type { ExportValidationIssue } from './export-validation-error.js';

/**
 * Stages one export file as text in a temporary table (see stage-*-csv.sql.ts). Returns the file's structural
 * problems; when there are any, nothing was staged and its values cannot be checked.
 */
export async function stageCsv(
  session: SqlSession,
  layout: CsvFileLayout,
  path: string,
  columnTypes: Readonly<Record<string, string>> = {},
): Promise<ExportValidationIssue[]> {
  const file = basename(path);
  if (!(await isFile(path)))
    return [{ file, problem: 'missing-file', message: `The file ${path} does not exist` }];
  const header = await readCsvHeader(path);
  if (header.length === 0) {
    return [{ file, line: 1, problem: 'malformed-csv', message: 'The file is empty: it has no header line' }];
  }
  const headerIssues = [...duplicateColumnIssues(file, header), ...missingColumnIssues(file, header, layout)];
  if (headerIssues.length > 0) return headerIssues;
  try {
    await session.run(layout.stageSql, { path, columns: columnsToRead(header, columnTypes) });
    return [];
  } catch (error) {
    return [csvReadIssue(error, file)];
  }
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

function missingColumnIssues(file: string, header: string[], layout: CsvFileLayout): ExportValidationIssue[] {
  return layout.requiredColumns
    .filter((column) => !header.includes(column))
    .map((column) => ({
      file,
      line: 1,
      column,
      problem: 'missing-column' as const,
      message: `Required column "${column}" is missing from the header`,
    }));
}

function duplicateColumnIssues(file: string, header: string[]): ExportValidationIssue[] {
  return header
    .filter((column, index) => column !== '' && header.indexOf(column) !== index)
    .map((column) => ({
      file,
      line: 1,
      column,
      problem: 'malformed-csv' as const,
      message: `Column "${column}" appears more than once in the header`,
    }));
}

/**
 * Every header column, read as text unless `columnTypes` names a type for it; unnamed columns get a
 * placeholder name (their values are ignored).
 */
function columnsToRead(header: string[], columnTypes: Readonly<Record<string, string>>) {
  const entries = header.map((column, index) => [
    column === '' ? `unnamed_column_${index + 1}` : column,
    columnTypes[column] ?? 'VARCHAR',
  ]);
  return structValue(Object.fromEntries(entries));
}
