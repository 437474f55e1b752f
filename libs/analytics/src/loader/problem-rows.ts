import { codeSetIdForDate } from '@attendance/domain';
import type { SqlRow } from '../store/sql-values.js';
import type { SqlParams, SqlSession } from '../store/sql-session.js';
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
export async function findProblems(
  session: SqlSession,
  sql: string,
  file: string,
  params: SqlParams = {},
): Promise<ProblemsFound> {
  const rows = await session.all(sql, { ...params, limit: MAX_REPORTED_ISSUES });
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
      admissionDate: optionalText(row, 'admission_date'),
      leavingDate: optionalText(row, 'leaving_date'),
      firstDate: optionalText(row, 'first_date'),
      lastDate: optionalText(row, 'last_date'),
      markCount:
        row['mark_count'] === undefined || row['mark_count'] === null ? null : Number(row['mark_count']),
    }),
  };
}

/** Columns only some validate-*.sql.ts queries return, for their messages. */
function optionalText(row: SqlRow, column: string): string | null {
  const value = row[column];
  return value === undefined || value === null ? null : String(value);
}

interface ProblemContext {
  column: string;
  value: string;
  firstLine: number | null;
  upn: string | null;
  sessionDate: string | null;
  admissionDate: string | null;
  leavingDate: string | null;
  firstDate: string | null;
  lastDate: string | null;
  markCount: number | null;
}

const plural = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;

function problemMessage(problem: ExportProblem, context: ProblemContext): string {
  const { column, value, firstLine, upn, sessionDate } = context;
  const { admissionDate, leavingDate, firstDate, lastDate, markCount } = context;
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
    case 'mark-outside-enrolment':
      return (
        `Pupil ${upn} has ${plural(markCount ?? 1, 'mark')} outside the enrolment (admitted ${admissionDate}` +
        `${leavingDate === null ? '' : `, left ${leavingDate}`}), the first on ${sessionDate}: only Z (not on roll) ` +
        'may be recorded before admission or after leaving'
      );
    case 'pupil-without-marks':
      return (
        `Pupil ${value} was on roll during the dates this export's marks cover (${firstDate} to ${lastDate}) ` +
        'but has no marks: every session of a pupil on roll needs a mark'
      );
    case 'leaving-before-admission':
      return `Leaving date ${value} is before the admission date ${admissionDate}`;
    default:
      return `Problem "${problem}" with "${value}"`;
  }
}
