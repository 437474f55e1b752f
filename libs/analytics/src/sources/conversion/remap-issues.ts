import { readCsvRecords } from '../../formats/shared/csv-records.js';
import type { ExportValidationIssue } from '../../loader/export-validation-error.js';
import { describeSessionPosition, type SourceValidationIssue } from '../source-issues.js';

/** Where a converted row came from in the file the school sent. */
export interface SourceLocation {
  line: number;
  /** The source column or element (e.g. `marks`, `AttendanceMarks`, `EnrolStatus`). */
  column?: string;
  offset?: number;
  sessionIndex?: number;
}

/**
 * A canonical CSV file written from a source file, with the source position columns it carries
 * (`source_line`, and for session strings `source_offset`, `source_session`).
 */
export interface ConvertedFile {
  /** The converted file's name: what the loader's issues name. */
  readonly name: string;
  readonly path: string;
  /** The file the school sent, which every issue must name instead. */
  readonly sourceFile: string;
  /** Where a converted row came from; `column` is the converted column an issue names, if any. */
  locate(row: Readonly<Record<string, string>>, column: string | undefined): SourceLocation;
}

/** Line numbers the loader's messages refer to, e.g. "(first on line 12)". */
const LINE_REFERENCE = /\bline (\d+)\b/g;

/**
 * Points the loader's issues on converted files back at the files the school sent: file name, line, column
 * (or XML element), offset and session index, and any line a message refers to. Reads only the converted rows
 * the issues name (a loader reports at most a few), then stops. Issues on other files are returned as they are.
 */
export async function remapIssues(
  issues: readonly ExportValidationIssue[],
  files: readonly ConvertedFile[],
): Promise<SourceValidationIssue[]> {
  const byName = new Map(files.map((file) => [file.name, file]));
  const rowsByFile = new Map<ConvertedFile, Map<number, Readonly<Record<string, string>>>>();
  for (const file of files) {
    const lines = new Set<number>();
    for (const issue of issues.filter((candidate) => candidate.file === file.name)) {
      if (issue.line !== undefined) lines.add(issue.line);
      for (const [, line] of issue.message.matchAll(LINE_REFERENCE)) lines.add(Number(line));
    }
    rowsByFile.set(file, await rowsAtLines(file.path, lines));
  }
  return issues.map((issue) => {
    const file = byName.get(issue.file);
    return file ? remapIssue(issue, file, rowsByFile.get(file) ?? new Map()) : issue;
  });
}

function remapIssue(
  issue: ExportValidationIssue,
  file: ConvertedFile,
  rows: ReadonlyMap<number, Readonly<Record<string, string>>>,
): SourceValidationIssue {
  const message = issue.message.replace(LINE_REFERENCE, (text, line: string) => {
    const row = rows.get(Number(line));
    return row ? describeLocation(file.locate(row, issue.column)) : text;
  });
  const { line: _line, column: _column, ...rest } = issue;
  const row = issue.line === undefined ? undefined : rows.get(issue.line);
  // No converted row (an issue about the whole file, or its header): the source file is all there is to name.
  if (!row) {
    return { ...rest, file: file.sourceFile, message };
  }
  const location = file.locate(row, issue.column);
  const at = describeSessionPosition(location);
  return {
    ...rest,
    file: file.sourceFile,
    line: location.line,
    ...(location.column === undefined ? {} : { column: location.column }),
    message: at === '' ? message : `${message}, at ${at}`,
    ...(location.offset === undefined ? {} : { offset: location.offset }),
    ...(location.sessionIndex === undefined ? {} : { sessionIndex: location.sessionIndex }),
  };
}

/** A line a message refers to, e.g. `line 2, offset 5` (short: it sits inside the message's own brackets). */
function describeLocation(location: SourceLocation): string {
  return `line ${location.line}${location.offset === undefined ? '' : `, offset ${location.offset}`}`;
}

/** The converted rows at these lines (the header is line 1; converted records never span lines). */
async function rowsAtLines(
  path: string,
  lines: ReadonlySet<number>,
): Promise<Map<number, Readonly<Record<string, string>>>> {
  const found = new Map<number, Readonly<Record<string, string>>>();
  if (lines.size === 0) return found;
  for await (const record of readCsvRecords(path, { required: [] })) {
    if (!lines.has(record.line)) continue;
    found.set(record.line, record.values);
    if (found.size === lines.size) break;
  }
  return found;
}

/** `source_line` etc. of a converted row as numbers (written by this module's converters, so always set). */
export function positionColumn(row: Readonly<Record<string, string>>, column: string): number | undefined {
  const value = row[column];
  return value === undefined || value === '' ? undefined : Number(value);
}
