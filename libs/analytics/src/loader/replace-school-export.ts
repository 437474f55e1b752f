import { academicYearOf, type IsoDate } from '@attendance/domain';
import { ensureHalfTerms } from '../schema/ensure-schema.js';
import type { SqlSession } from '../store/sql-session.js';
import { DELETE_SCHOOL_ENROLMENTS_SQL } from './delete-school-enrolments.sql.js';
import { DELETE_SCHOOL_MARKS_BETWEEN_SQL } from './delete-school-marks-between.sql.js';
import { INSERT_STAGED_ENROLMENTS_SQL } from './insert-staged-enrolments.sql.js';
import { INSERT_STAGED_MARKS_SQL } from './insert-staged-marks.sql.js';
import { RECORD_LOADED_EXPORT_SQL } from './record-loaded-export.sql.js';
import type { SchoolExportLoadResult, SchoolExportUnit } from './school-export-unit.js';
import { STAGED_MARKS_DATE_RANGE_SQL } from './staged-marks-date-range.sql.js';

/**
 * Moves a validated, staged export into the store (inside the caller's transaction): the school's enrolments
 * are replaced, and its marks from the export's first to last date.
 */
export async function replaceSchoolExport(
  session: SqlSession,
  unit: SchoolExportUnit,
  files: { pupilsFile: string; marksFile: string },
): Promise<SchoolExportLoadResult> {
  const { urn, exportDate } = unit;
  const [range] = await session.all(STAGED_MARKS_DATE_RANGE_SQL);
  const firstDate = (range?.['first_date'] ?? null) as IsoDate | null;
  const lastDate = (range?.['last_date'] ?? null) as IsoDate | null;

  await session.run(DELETE_SCHOOL_ENROLMENTS_SQL, { urn });
  const pupilRows = await session.run(INSERT_STAGED_ENROLMENTS_SQL, { urn, export_date: exportDate });

  let replacedMarkRows = 0;
  if (firstDate !== null && lastDate !== null) {
    replacedMarkRows = await session.run(DELETE_SCHOOL_MARKS_BETWEEN_SQL, {
      urn,
      first_date: firstDate,
      last_date: lastDate,
    });
    await ensureHalfTerms(session, academicYearsBetween(firstDate, lastDate));
  }
  const markRows = await session.run(INSERT_STAGED_MARKS_SQL, { urn });

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
  return { urn, exportDate, ...files, firstDate, lastDate, pupilRows, markRows, replacedMarkRows };
}

function academicYearsBetween(first: IsoDate, last: IsoDate): number[] {
  const years: number[] = [];
  for (let year = academicYearOf(first); year <= academicYearOf(last); year += 1) years.push(year);
  return years;
}
