import { basename } from 'node:path';
import type { PositionedMarkRow } from '../../formats/marks-string/read-marks-string-file.js';
import { CsvRowWriter } from './csv-row-writer.js';
import { positionColumn, type ConvertedFile } from './remap-issues.js';

/** The canonical marks columns, then where each mark sits in its session string. */
const POSITIONED_MARK_COLUMNS = [
  'upn',
  'date',
  'session',
  'mark',
  'source_line',
  'source_offset',
  'source_session',
] as const;

/** A canonical marks file written from session strings, one row per decoded mark. */
export class PositionedMarksFile {
  private readonly writer: CsvRowWriter;

  constructor(readonly path: string) {
    this.writer = new CsvRowWriter(path, POSITIONED_MARK_COLUMNS);
  }

  add(row: PositionedMarkRow): void {
    const { source } = row;
    this.writer.push([
      row.upn,
      row.date,
      row.session,
      row.mark,
      String(source.line),
      String(source.offset ?? ''),
      String(source.sessionIndex ?? ''),
    ]);
  }

  flushIfFull(): Promise<void> {
    return this.writer.flushIfFull();
  }

  close(): Promise<void> {
    return this.writer.close();
  }

  abandon(): Promise<void> {
    return this.writer.abandon();
  }

  /**
   * How the loader's issues on this file map back: to `stringField` (the marks-string `marks` column or the
   * CTF `AttendanceMarks` element) at the mark's offset, except columns the source file has itself (`upn` in a
   * marks-string file), which keep their name.
   */
  convertedFrom(sourceFile: string, stringField: string, ownColumns: readonly string[] = []): ConvertedFile {
    return {
      name: basename(this.path),
      path: this.path,
      sourceFile,
      locate: (row, column) => {
        const line = positionColumn(row, 'source_line') ?? 0;
        if (column !== undefined && ownColumns.includes(column)) return { line, column };
        const offset = positionColumn(row, 'source_offset');
        const sessionIndex = positionColumn(row, 'source_session');
        return {
          line,
          column: stringField,
          ...(offset === undefined ? {} : { offset }),
          ...(sessionIndex === undefined ? {} : { sessionIndex }),
        };
      },
    };
  }
}
