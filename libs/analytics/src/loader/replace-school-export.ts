import { academicYearOf, type IsoDate } from '@attendance/domain';
import type { ExportValidationIssue } from './export-validation-error.js';
import type { SqlSession } from '../store/sql-session.js';
import { DELETE_SCHOOL_ENROLMENTS_SQL } from './delete-school-enrolments.sql.js';
import { DELETE_SCHOOL_MARKS_BETWEEN_SQL } from './delete-school-marks-between.sql.js';
import { INSERT_STAGED_ENROLMENTS_SQL } from './insert-staged-enrolments.sql.js';
import { INSERT_STAGED_MARKS_SQL } from './insert-staged-marks.sql.js';
import { RECORD_LOADED_EXPORT_SQL } from './record-loaded-export.sql.js';
import {
  DELETE_SCHOOL_ENROLMENT_WEEKS_SQL,
  INSERT_SCHOOL_ENROLMENT_WEEKS_SQL,
} from './refresh-enrolment-weeks.sql.js';
import {
  DELETE_SCHOOL_ROLLUPS_SQL,
  INSERT_SCHOOL_COHORT_ENROLMENT_YEARS_SQL,
  INSERT_SCHOOL_WEEKS_SQL,
} from './refresh-school-rollups.sql.js';
import type { SchoolExportLoadResult, SchoolExportUnit } from './school-export-unit.js';

/** What the checks learnt about a staged export that passed them. */
export interface CheckedMarks {
  schoolId: number;
  markRows: number;
  /** First and last session date in the marks file; null when it has no rows. */
  firstDate: IsoDate | null;
  lastDate: IsoDate | null;
  /** Found while checking; kept with the load's result. */
  warnings: ExportValidationIssue[];
}

/**
 * Moves a validated, staged export into the store (inside the caller's transaction; staged_pupil_ids and the
 * half terms are already in place): the school's enrolments are replaced, its marks from the export's first
 * to last date, its enrolment_weeks for the weeks those dates touch, and its rollups for every year. Touches
 * only this school's rows.
 */
export async function replaceSchoolExport(
  session: SqlSession,
  unit: SchoolExportUnit,
  files: { pupilsFile: string; marksFile: string },
  checked: CheckedMarks,
): Promise<SchoolExportLoadResult> {
  const { urn, exportDate } = unit;
  const { schoolId, firstDate, lastDate } = checked;

  await session.run(DELETE_SCHOOL_ENROLMENTS_SQL, { school_id: schoolId });
  const pupilRows = await session.run(INSERT_STAGED_ENROLMENTS_SQL, {
    school_id: schoolId,
    urn,
    export_date: exportDate,
  });

  let replacedMarkRows = 0;
  let markRows = 0;
  if (firstDate !== null && lastDate !== null) {
    const range = { school_id: schoolId, first_date: firstDate, last_date: lastDate };
    replacedMarkRows = await session.run(DELETE_SCHOOL_MARKS_BETWEEN_SQL, range);
    markRows = await session.run(INSERT_STAGED_MARKS_SQL, { school_id: schoolId });
    await session.run(DELETE_SCHOOL_ENROLMENT_WEEKS_SQL, range);
    await session.run(INSERT_SCHOOL_ENROLMENT_WEEKS_SQL, range);
  }
  // Even with no marks: the new pupils file alone can change who is in the statutory cohort.
  await refreshSchoolRollups(session, schoolId);

  await session.run(RECORD_LOADED_EXPORT_SQL, {
    urn,
    export_date: exportDate,
    pupils_file: files.pupilsFile,
    marks_file: files.marksFile,
    first_date: firstDate,
    last_date: lastDate,
    pupil_rows: pupilRows,
    mark_rows: markRows,
  });
  return {
    urn,
    exportDate,
    ...files,
    firstDate,
    lastDate,
    pupilRows,
    markRows,
    replacedMarkRows,
    warnings: checked.warnings,
  };
}

async function refreshSchoolRollups(session: SqlSession, schoolId: number): Promise<void> {
  const school = { school_id: schoolId };
  await session.run(DELETE_SCHOOL_ROLLUPS_SQL.enrolmentYears, school);
  await session.run(INSERT_SCHOOL_COHORT_ENROLMENT_YEARS_SQL, school);
  await session.run(DELETE_SCHOOL_ROLLUPS_SQL.schoolWeeks, school);
  await session.run(INSERT_SCHOOL_WEEKS_SQL, school);
}

export function academicYearsBetween(first: IsoDate, last: IsoDate): number[] {
  const years: number[] = [];
  for (let year = academicYearOf(first); year <= academicYearOf(last); year += 1) years.push(year);
  return years;
}
