import { describePosition, type SourcePosition } from './source-position.js';

/** What was wrong with a source file; `message` says it in words with the expected form. */
export type FormatProblem =
  | 'missing-column'
  | 'missing-value'
  | 'bad-date'
  | 'bad-number'
  | 'bad-value'
  | 'bad-mark'
  | 'unterminated-bracket'
  | 'weekend-start-date'
  | 'malformed-csv'
  | 'malformed-xml'
  | 'missing-element';

/**
 * A source file that cannot be read into canonical rows. It carries the same fields as the loader's
 * validation issues (file, line, column name, value) plus the exact position, so callers can report it
 * next to CSV-pair errors. `field` is the CSV column or XML element.
 */
export class FormatReadError extends Error {
  readonly file: string;
  readonly line: number;
  readonly field?: string;
  readonly value?: string;
  readonly position: SourcePosition;
  readonly problem: FormatProblem;
  /** What was wrong and what was expected, without the position (which `message` starts with). */
  readonly detail: string;

  constructor(problem: FormatProblem, position: SourcePosition, detail: string, value?: string) {
    const shown = value === undefined ? '' : ` "${value}"`;
    super(`${describePosition(position)}: ${detail}${shown ? `, got${shown}` : ''}`);
    this.name = 'FormatReadError';
    this.problem = problem;
    this.position = position;
    this.detail = detail;
    this.file = position.file;
    this.line = position.line;
    if (position.field !== undefined) this.field = position.field;
    if (value !== undefined) this.value = value;
  }
}
