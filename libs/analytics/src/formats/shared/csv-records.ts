import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { parse, CsvError } from 'csv-parse';
import { FormatReadError } from './format-read-error.js';

/** One data row by header name, with the physical line it ends on (the header is line 1). */
export interface CsvRecord {
  values: Readonly<Record<string, string>>;
  line: number;
}

export interface CsvRecordsOptions {
  /** Header names that must be present; a missing one is an error naming the file and the column. */
  required: readonly string[];
  /** The DfE GIAS download is Windows-1252; everything this project writes is UTF-8. */
  encoding?: 'utf8' | 'latin1';
}

/**
 * Streams a CSV file (RFC 4180, header row) record by record, so memory stays flat for any file size.
 * Extra columns are ignored, blank lines skipped, a byte-order mark dropped.
 */
export async function* readCsvRecords(path: string, options: CsvRecordsOptions): AsyncGenerator<CsvRecord> {
  const file = basename(path);
  const parser = createReadStream(path, { encoding: options.encoding ?? 'utf8' }).pipe(
    parse({ bom: true, info: true, skip_empty_lines: true, relax_column_count: true }),
  );
  let header: string[] | null = null;
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: string[];
      info: { lines: number };
    }>) {
      if (header === null) {
        header = record.map((name) => name.trim());
        const missing = options.required.find((name) => !header?.includes(name));
        if (missing !== undefined) {
          throw new FormatReadError(
            'missing-column',
            { file, line: info.lines, field: missing },
            `expected a column "${missing}" in the header (required: ${options.required.join(', ')})`,
          );
        }
        continue;
      }
      const values: Record<string, string> = {};
      header.forEach((name, index) => {
        values[name] = record[index] ?? '';
      });
      yield { values, line: info.lines };
    }
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines ?? 0;
      throw new FormatReadError('malformed-csv', { file, line }, `not valid CSV (${error.message})`);
    }
    throw error;
  } finally {
    parser.destroy();
  }
}

/** A required value: present and not blank, else an error naming the file, line and column. */
export function requiredValue(record: CsvRecord, file: string, column: string): string {
  const value = (record.values[column] ?? '').trim();
  if (value === '') {
    throw new FormatReadError(
      'missing-value',
      { file, line: record.line, field: column },
      'expected a value',
    );
  }
  return value;
}
