import { dayOfWeek, type IsoDate } from '@attendance/domain';
import type { SqlRow } from '../store/sql-values.js';
import type { ExportValidationIssue } from './export-validation-error.js';
import { judgeSessionDates } from './session-date-rules.js';

/** One session date of a staged marks file: STAGED_MARK_DATES_SQL or STAGED_TEXT_MARK_DATES_SQL rows. */
export interface StagedMarkDate {
  date: IsoDate;
  marks: number;
  firstLine: number;
  /** Marks other than # (planned closure), and the first line of one: what makes the date a day of registers. */
  registerMarks: number;
  firstRegisterLine: number | null;
}

export function stagedMarkDates(rows: readonly SqlRow[]): StagedMarkDate[] {
  return rows
    .filter((row) => row['session_date'] !== null && row['date_text'] === row['session_date'])
    .map((row) => ({
      date: String(row['session_date']),
      marks: Number(row['marks']),
      firstLine: Number(row['first_line']),
      registerMarks: Number(row['register_marks']),
      firstRegisterLine: row['first_register_line'] === null ? null : Number(row['first_register_line']),
    }));
}

export interface SessionDateIssues {
  errors: ExportValidationIssue[];
  warnings: ExportValidationIssue[];
}

const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const dayName = (date: IsoDate): string => `${DAY_NAMES[dayOfWeek(date) - 1]} ${date}`;
const count = (marks: number): string => `${marks} ${marks === 1 ? 'mark' : 'marks'}`;
const marksOn = (date: StagedMarkDate): string => `${count(date.marks)} on ${dayName(date.date)}`;

/**
 * The date rules (session-date-rules.ts) as issues, one per date at its first mark: a weekend or a date after
 * the export is an error; a weekday the LA calendar has no pupil day on is a warning, unless the school's only
 * marks that day are # (closed: an inset day, as the LA's calendar has it).
 */
export function sessionDateIssues(
  dates: readonly StagedMarkDate[],
  exportDate: IsoDate,
  file: string,
): SessionDateIssues {
  const byDate = new Map(dates.map((date) => [date.date, date]));
  const errors: ExportValidationIssue[] = [];
  const warnings: ExportValidationIssue[] = [];
  for (const verdict of judgeSessionDates(byDate.keys(), exportDate)) {
    const date = byDate.get(verdict.date) as StagedMarkDate;
    const where = { file, line: date.firstLine, column: 'date', value: date.date };
    if (verdict.problem === 'weekend-mark') {
      errors.push({
        ...where,
        problem: verdict.problem,
        message: `${marksOn(date)}: registers are taken on weekdays only`,
      });
    } else if (verdict.problem === 'mark-after-export-date') {
      errors.push({
        ...where,
        problem: verdict.problem,
        message: `${marksOn(date)}, after the export was produced (${exportDate}): a register cannot be marked for a later session`,
      });
    } else if (verdict.warning === 'day-not-in-la-calendar' && date.registerMarks > 0) {
      warnings.push({
        ...where,
        line: date.firstRegisterLine ?? date.firstLine,
        problem: verdict.warning,
        message: `${count(date.registerMarks)} other than # (closed) on ${dayName(date.date)}, not a pupil day in the LA calendar: loaded, because the school's register is the authority on its own term dates`,
      });
    }
  }
  return { errors, warnings };
}
