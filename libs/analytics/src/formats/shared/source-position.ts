/**
 * Where a record came from, so a later validation error can name the place in the file the school sent.
 * `line` is the physical line (1-based, the CSV header is line 1; for XML the line of the element's text).
 */
export interface SourcePosition {
  /** File name without its folder, as in every loader message. */
  file: string;
  line: number;
  /** CSV column or XML element the value came from. */
  field?: string;
  /** XML: 1-based column of the position on `line`. */
  column?: number;
  /** Session strings: 0-based character offset of the mark inside the string. */
  offset?: number;
  /** Session strings: 0-based index of the session (AM of the start date is 0). */
  sessionIndex?: number;
}

/** `900001_20240905_marks-string.csv line 3, field "marks", offset 17 (session 12)` */
export function describePosition(position: SourcePosition): string {
  const parts = [position.file, `line ${position.line}`];
  if (position.column !== undefined) parts[1] += `:${position.column}`;
  if (position.field !== undefined) parts.push(`field "${position.field}"`);
  if (position.offset !== undefined) {
    const session = position.sessionIndex !== undefined ? ` (session ${position.sessionIndex})` : '';
    parts.push(`offset ${position.offset}${session}`);
  }
  return parts.join(', ');
}
