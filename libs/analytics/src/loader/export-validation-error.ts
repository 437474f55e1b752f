/** What went wrong, for callers that count or group problems; `message` says it in words. */
export type ExportProblem =
  | 'missing-file'
  | 'malformed-csv'
  | 'missing-column'
  | 'missing-value'
  | 'bad-date'
  | 'bad-flag'
  | 'bad-enrolment-status'
  | 'bad-session'
  | 'unknown-register-code'
  | 'duplicate-pupil'
  | 'duplicate-pupil-session'
  | 'pupil-not-in-pupils-file'
  | 'duplicate-school'
  | 'unknown-school'
  | 'bad-file-name'
  | 'conflicting-exports'
  // Marks against the calendar and the pupils file.
  | 'weekend-mark'
  | 'mark-after-export-date'
  | 'mark-outside-enrolment'
  | 'pupil-without-marks'
  | 'leaving-before-admission'
  | 'bad-upn'
  // Source formats other than the CSV pair (see formats/README.md).
  | 'bad-number'
  | 'bad-value'
  | 'bad-mark'
  | 'unterminated-bracket'
  | 'weekend-start-date'
  | 'malformed-xml'
  | 'missing-element'
  | 'totals-disagree'
  | 'wrong-school'
  // Warnings: kept with the import run, never a reason to reject.
  | 'day-not-in-la-calendar';

export interface ExportValidationIssue {
  /** File name (no folder), e.g. `900001_20240905_marks.csv`. */
  file: string;
  /** Line in the file counting the header as line 1 (blank lines are not counted). */
  line?: number;
  column?: string;
  value?: string;
  problem: ExportProblem;
  message: string;
}

/** A load reports at most this many problems: enough to fix a file, not millions for a broken one. */
export const MAX_REPORTED_ISSUES = 20;

/**
 * An export that cannot be loaded. Its fields describe the first problem found; `issues` holds the first
 * few (file order) and `issueCount` how many there were in all. Nothing was changed by the failed load.
 */
export class ExportValidationError extends Error implements ExportValidationIssue {
  readonly file: string;
  readonly line?: number;
  readonly column?: string;
  readonly value?: string;
  readonly problem: ExportProblem;
  readonly issues: readonly ExportValidationIssue[];
  readonly issueCount: number;

  constructor(issues: readonly ExportValidationIssue[], issueCount: number = issues.length) {
    const [first, ...rest] = issues;
    if (!first) throw new Error('ExportValidationError needs at least one issue');
    const more = Math.max(issueCount, issues.length) - 1;
    super(
      describeIssue(first) + (more > 0 ? ` (and ${more} more ${more === 1 ? 'problem' : 'problems'})` : ''),
    );
    this.name = 'ExportValidationError';
    this.file = first.file;
    if (first.line !== undefined) this.line = first.line;
    if (first.column !== undefined) this.column = first.column;
    if (first.value !== undefined) this.value = first.value;
    this.problem = first.problem;
    this.issues = [first, ...rest];
    this.issueCount = Math.max(issueCount, issues.length);
  }
}

/** `900001_20240905_marks.csv line 7, column "mark": Unknown register code "Q" ...` */
export function describeIssue(issue: ExportValidationIssue): string {
  const where = [issue.file];
  if (issue.line !== undefined) where.push(`line ${issue.line}`);
  if (issue.column !== undefined) where.push(`column "${issue.column}"`);
  return `${where.join(', ')}: ${issue.message}`;
}
