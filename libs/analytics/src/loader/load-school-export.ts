import { isValidIsoDate } from '@attendance/domain';
import { basename } from 'node:path';
import type { AnalyticsStore } from '../store/analytics-store.js';
import type { SqlSession } from '../store/sql-session.js';
import { DROP_STAGED_EXPORT_SQL } from './drop-staged-export.sql.js';
import { MARKS_FILE_LAYOUT, PUPILS_FILE_LAYOUT } from './csv-file-layouts.js';
import type { ExportValidationIssue } from './export-validation-error.js';
import { FIND_SCHOOL_SQL } from './find-school.sql.js';
import { findProblems } from './problem-rows.js';
import { replaceSchoolExport } from './replace-school-export.js';
import type { SchoolExportLoadResult, SchoolExportUnit } from './school-export-unit.js';
import { stageCsv } from './stage-csv.js';
import { VALIDATE_MARKS_PUPILS_SQL } from './validate-marks-pupils.sql.js';
import { VALIDATE_MARKS_SQL } from './validate-marks.sql.js';
import { VALIDATE_PUPILS_SQL } from './validate-pupils.sql.js';
import { ValidationReport } from './validation-report.js';

/**
 * Loads one school's export: checks both files, then in one transaction replaces the school's enrolments and
 * its marks for the dates the export covers. Loading the same export twice changes nothing; a later export's
 * corrections win when exports are loaded in date order. Any problem throws ExportValidationError (or the
 * transaction rolls back) and the store is left as it was.
 */
export async function loadSchoolExport(
  store: AnalyticsStore,
  unit: SchoolExportUnit,
): Promise<SchoolExportLoadResult> {
  const files = { pupilsFile: basename(unit.pupilsPath), marksFile: basename(unit.marksPath) };
  return store.write(async (session) => {
    try {
      await stageAndValidate(session, unit, files);
      return await session.transaction(() => replaceSchoolExport(session, unit, files));
    } finally {
      await session.run(DROP_STAGED_EXPORT_SQL);
    }
  });
}

/**
 * Staging happens before the transaction and touches only this connection's temporary tables: inside a
 * transaction DuckDB numbers new rows from a large offset, and the rowid must give the CSV line.
 */
async function stageAndValidate(
  session: SqlSession,
  unit: SchoolExportUnit,
  files: { pupilsFile: string; marksFile: string },
): Promise<void> {
  const report = new ValidationReport();
  report.add(await unitIssues(session, unit, files.pupilsFile));

  const pupilsStagingIssues = await stageCsv(session, PUPILS_FILE_LAYOUT, unit.pupilsPath);
  report.add(pupilsStagingIssues);
  if (pupilsStagingIssues.length === 0) {
    report.add(await findProblems(session, VALIDATE_PUPILS_SQL, files.pupilsFile));
  }
  const marksStagingIssues = await stageCsv(session, MARKS_FILE_LAYOUT, unit.marksPath);
  report.add(marksStagingIssues);
  if (marksStagingIssues.length === 0) {
    report.add(await findProblems(session, VALIDATE_MARKS_SQL, files.marksFile));
  }
  if (pupilsStagingIssues.length === 0 && marksStagingIssues.length === 0) {
    report.add(await findProblems(session, VALIDATE_MARKS_PUPILS_SQL, files.marksFile));
  }
  report.throwIfAny();
}

async function unitIssues(
  session: SqlSession,
  unit: SchoolExportUnit,
  file: string,
): Promise<ExportValidationIssue[]> {
  if (!isValidIsoDate(unit.exportDate)) {
    return [
      { file, problem: 'bad-file-name', message: `Export date "${unit.exportDate}" is not a real date` },
    ];
  }
  const known = await session.all(FIND_SCHOOL_SQL, { urn: unit.urn });
  if (known.length > 0) return [];
  return [
    {
      file,
      problem: 'unknown-school',
      value: unit.urn,
      message: `School ${unit.urn} is not in the store: load schools.csv first`,
    },
  ];
}
