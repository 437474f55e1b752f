import { isValidIsoDate, type IsoDate } from '@attendance/domain';
import { basename } from 'node:path';
import type { AnalyticsStore } from '../store/analytics-store.js';
import type { SqlSession } from '../store/sql-session.js';
import { CHECK_STAGED_MARK_VALUES_SQL, CHECK_STAGED_MARKS_SQL } from './check-staged-marks.sql.js';
import { MARKS_FILE_LAYOUT, PUPILS_FILE_LAYOUT, TYPED_MARKS_FILE_LAYOUT } from './csv-file-layouts.js';
import { DROP_STAGED_EXPORT_SQL } from './drop-staged-export.sql.js';
import type { ExportValidationIssue } from './export-validation-error.js';
import { FIND_SCHOOL_SQL } from './find-school.sql.js';
import { findProblems } from './problem-rows.js';
import { academicYearsBetween, replaceSchoolExport, type CheckedMarks } from './replace-school-export.js';
import type { SchoolExportLoadResult, SchoolExportUnit } from './school-export-unit.js';
import { stageCsv } from './stage-csv.js';
import { CREATE_STAGING_TYPES_SQL, TYPED_MARKS_COLUMN_TYPES } from './stage-typed-marks-csv.sql.js';
import { VALIDATE_MARKS_PUPILS_SQL } from './validate-marks-pupils.sql.js';
import { VALIDATE_MARKS_SQL } from './validate-marks.sql.js';
import { VALIDATE_PUPILS_SQL } from './validate-pupils.sql.js';
import { ValidationReport } from './validation-report.js';

/**
 * Loads one school's export: checks both files, then in one transaction replaces the school's enrolments, its
 * marks for the dates the export covers, and its weekly summaries for the weeks those dates touch. Loading the
 * same export twice changes nothing; a later export's corrections win when exports are loaded in date order.
 * Any problem throws ExportValidationError (or the transaction rolls back) and the store is left as it was.
 */
export async function loadSchoolExport(
  store: AnalyticsStore,
  unit: SchoolExportUnit,
): Promise<SchoolExportLoadResult> {
  const files = { pupilsFile: basename(unit.pupilsPath), marksFile: basename(unit.marksPath) };
  return store.write(async (session) => {
    try {
      const checked = await stageAndValidate(session, unit, files);
      const knownYears = halfTermYearsKnownTo(session);
      const result = await session.transaction(() =>
        replaceSchoolExport(session, unit, files, checked, knownYears),
      );
      // Committed: from now on these years' half terms are in the store for good.
      if (result.firstDate !== null && result.lastDate !== null) {
        for (const year of academicYearsBetween(result.firstDate, result.lastDate)) knownYears.add(year);
      }
      return result;
    } finally {
      await session.run(DROP_STAGED_EXPORT_SQL);
    }
  });
}

/** Academic years whose half terms this writer has committed, so later loads skip the insert. */
const halfTermYearsBySession = new WeakMap<SqlSession, Set<number>>();

function halfTermYearsKnownTo(session: SqlSession): Set<number> {
  let years = halfTermYearsBySession.get(session);
  if (!years) {
    years = new Set();
    halfTermYearsBySession.set(session, years);
  }
  return years;
}

/**
 * Staging happens before the transaction and touches only this connection's temporary tables: inside a
 * transaction DuckDB numbers new rows from a large offset, and the rowid must give the CSV line.
 *
 * A file with no problems is read once, converted as it is read, and checked by counting (the fast path).
 * Only when something is wrong is the marks file staged again as text and checked line by line, so every
 * problem is still reported with its file, line, column and value.
 */
async function stageAndValidate(
  session: SqlSession,
  unit: SchoolExportUnit,
  files: { pupilsFile: string; marksFile: string },
): Promise<CheckedMarks> {
  const report = new ValidationReport();
  const { issues: unitProblems, schoolId } = await unitIssues(session, unit, files.pupilsFile);
  report.add(unitProblems);

  const pupilsStagingIssues = await stageCsv(session, PUPILS_FILE_LAYOUT, unit.pupilsPath);
  report.add(pupilsStagingIssues);
  if (pupilsStagingIssues.length === 0) {
    report.add(await findProblems(session, VALIDATE_PUPILS_SQL, files.pupilsFile));
  }
  if (report.isEmpty() && schoolId !== null) {
    const checked = await stageAndCheckTypedMarks(session, unit.marksPath);
    if (checked) return { ...checked, schoolId };
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
  // The fast path found a problem the detailed checks do not know: the two disagree, which is a bug here, not
  // in the file. Refuse the load rather than store marks nobody checked.
  throw new Error(
    `${files.marksFile}: the quick check found a problem that the detailed checks did not locate`,
  );
}

/** The staged, converted marks when they have no problem at all; undefined when the detailed checks must run. */
async function stageAndCheckTypedMarks(
  session: SqlSession,
  marksPath: string,
): Promise<Omit<CheckedMarks, 'schoolId'> | undefined> {
  await session.run(CREATE_STAGING_TYPES_SQL);
  const stagingIssues = await stageCsv(session, TYPED_MARKS_FILE_LAYOUT, marksPath, TYPED_MARKS_COLUMN_TYPES);
  if (stagingIssues.length > 0) return undefined;
  const [check] = await session.all(CHECK_STAGED_MARKS_SQL);
  if (!check || Number(check['missing_values']) > 0 || Number(check['repeated_sessions']) > 0)
    return undefined;
  const [values] = await session.all(CHECK_STAGED_MARK_VALUES_SQL);
  if (!values || Number(values['bad_dates']) > 0 || Number(values['codes_not_in_force']) > 0)
    return undefined;
  return {
    markRows: Number(check['mark_rows']),
    firstDate: (check['first_date'] ?? null) as IsoDate | null,
    lastDate: (check['last_date'] ?? null) as IsoDate | null,
  };
}

async function unitIssues(
  session: SqlSession,
  unit: SchoolExportUnit,
  file: string,
): Promise<{ issues: ExportValidationIssue[]; schoolId: number | null }> {
  if (!isValidIsoDate(unit.exportDate)) {
    return {
      issues: [
        { file, problem: 'bad-file-name', message: `Export date "${unit.exportDate}" is not a real date` },
      ],
      schoolId: null,
    };
  }
  const [known] = await session.all(FIND_SCHOOL_SQL, { urn: unit.urn });
  if (known) return { issues: [], schoolId: Number(known['school_id']) };
  return {
    issues: [
      {
        file,
        problem: 'unknown-school',
        value: unit.urn,
        message: `School ${unit.urn} is not in the store: load schools.csv first`,
      },
    ],
    schoolId: null,
  };
}
