import type { ExportValidationIssue } from './export-validation-error.js';

const LINE_PATTERN = /CSV Error on Line: (\d+)/;
const FIELD_COUNT_PATTERN = /Expected Number of Columns: (\d+) Found: (\d+)/;

/**
 * Turns DuckDB's CSV reader error into an issue. DuckDB's own text suggests reader options and echoes the
 * offending row (pupil data), so only the line number and the gist are kept.
 */
export function csvReadIssue(error: unknown, file: string): ExportValidationIssue {
  const text = error instanceof Error ? error.message : String(error);
  const line = lineOf(text);
  const fieldCount = FIELD_COUNT_PATTERN.exec(text);
  const message = fieldCount
    ? `The row has ${fieldCount[2]} fields but the header has ${fieldCount[1]}`
    : `The file cannot be read as CSV: ${gist(text)}`;
  return {
    file,
    ...(line === undefined ? {} : { line }),
    problem: 'malformed-csv',
    message,
  };
}

/** DuckDB puts the reason after the echoed row and a blank line, before "Possible fixes". */
function gist(text: string): string {
  const reason = /\n\s*\n([^\n]+)\n/.exec(text.split('Possible fixes')[0] + '\n');
  if (lineOf(text) !== undefined && reason?.[1]) return reason[1].trim();
  return (text.split('\n')[0] ?? text).replace(/^[A-Za-z ]+Error: /, '').trim();
}

function lineOf(text: string): number | undefined {
  const match = LINE_PATTERN.exec(text);
  return match ? Number(match[1]) : undefined;
}
