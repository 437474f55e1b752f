import type { FormatReadError } from '../formats/shared/format-read-error.js';
import { ExportValidationError, type ExportValidationIssue } from '../loader/export-validation-error.js';

/**
 * An issue located in the file a school sent. For a session string (marks-string `marks`, CTF
 * `AttendanceMarks`) it also carries the character offset and session index; the message says them too, so
 * callers that keep only the common fields lose nothing a person needs.
 */
export interface SourceValidationIssue extends ExportValidationIssue {
  /** 0-based character offset of the mark in the session string. */
  offset?: number;
  /** 0-based session index in the session string (AM of its start date is 0). */
  sessionIndex?: number;
}

/** `offset 17 (session 12)`, or '' when the issue is not in a session string. */
export function describeSessionPosition(position: { offset?: number; sessionIndex?: number }): string {
  if (position.offset === undefined) return '';
  const session = position.sessionIndex === undefined ? '' : ` (session ${position.sessionIndex})`;
  return `offset ${position.offset}${session}`;
}

/** A reader's error as a loader issue: the same file, line, field and value, and what was expected. */
export function issueFromFormatReadError(error: FormatReadError): SourceValidationIssue {
  const { position } = error;
  const got = error.value === undefined ? '' : `, got "${error.value}"`;
  const at = describeSessionPosition(position);
  return {
    file: error.file,
    line: error.line,
    ...(error.field === undefined ? {} : { column: error.field }),
    ...(error.value === undefined ? {} : { value: error.value }),
    problem: error.problem,
    message: `${at === '' ? '' : `At ${at}: `}${error.detail}${got}`,
    ...(position.offset === undefined ? {} : { offset: position.offset }),
    ...(position.sessionIndex === undefined ? {} : { sessionIndex: position.sessionIndex }),
  };
}

export function formatReadErrorAsValidationError(error: FormatReadError): ExportValidationError {
  return new ExportValidationError([issueFromFormatReadError(error)]);
}
