import { codeSetIdForDate } from '@attendance/domain';
import type { SqlRow } from '../store/sql-values.js';
import type { SqlSession } from '../store/sql-session.js';
import {
  MAX_REPORTED_ISSUES,
  type ExportProblem,
  type ExportValidationIssue,
} from './export-validation-error.js';

export interface ProblemsFound {
  issues: ExportValidationIssue[];
  count: number;
}

/** Runs one of the validate-*.sql.ts queries and words its rows. */
export async function findProblems(session: SqlSession, sql: string, file: string): Promise<ProblemsFound> {
  const rows = await session.all(sql, { limit: MAX_REPORTED_ISSUES });
  return {
    issues: rows.map((row) => problemRowToIssue(row, file)),
    count: Number(rows[0]?.['problem_count'] ?? 0),
  };
}

function problemRowToIssue(row: SqlRow, file: string): ExportValidationIssue {
  const problem = String(row['problem']) as ExportProblem;
  const value = row['value'] === null ? undefined : String(row['value']);
  const column = String(row['column_name']);
  return {
    file,
    line: Number(row['line']),
    column,
    ...(value === undefined ? {} : { value }),
    problem,
    message: problemMessage(problem, {
      column,
      value: value ?? '',
      firstLine: row['first_line'] === null ? null : Number(row['first_line']),
      upn: row['upn'] === null ? null : String(row['upn']),
      sessionDate: row['session_date'] === null ? null : String(row['session_date']),
    }),
  };
}

interface ProblemContext {
  column: string;
  value: string;
  firstLine: number | null;
  upn: string | null;
  sessionDate: string | null;
}

function problemMessage(problem: ExportProblem, context: ProblemContext): string {
  const { column, value, firstLine, upn, sessionDate } = context;
  switch (problem) {
    case 'missing-value':
      return `A value for "${column}" is required`;
    case 'bad-date':
      return `"${value}" is not a date in the form YYYY-MM-DD`;
    case 'bad-flag':
      return `"${value}" must be Y or N`;
    case 'bad-enrolment-status':
      return `"${value}" is not an enrolment status (C, M, S or G)`;
    case 'bad-session':
      return `"${value}" is not a session (AM or PM)`;
    case 'unknown-register-code':
      return `Unknown register code "${value}" for a session on ${sessionDate} (code set ${codeSetIdForDate(String(sessionDate))})`;
    case 'duplicate-pupil':
      return `Pupil ${value} is listed more than once (first on line ${firstLine})`;
    case 'duplicate-school':
      return `School ${value} is listed more than once (first on line ${firstLine})`;
    case 'duplicate-pupil-session':
      return `Pupil ${upn} has more than one mark for the ${value} session on ${sessionDate} (first on line ${firstLine})`;
    case 'pupil-not-in-pupils-file':
      return `Pupil ${value} has marks but is not in the pupils file of the same export`;
    default:
      return `Problem "${problem}" with "${value}"`;
  }
}
