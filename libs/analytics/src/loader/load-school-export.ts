import { NOT_ON_ROLL_CODE, PLANNED_CLOSURE_CODE, isValidIsoDate, type IsoDate } from '@attendance/domain';
import { basename } from 'node:path';
import type { AnalyticsStore, SerialStep } from '../store/analytics-store.js';
import type { SqlSession, WriteSession } from '../store/sql-session.js';
import { ensureHalfTerms } from '../schema/ensure-schema.js';
import { MARK_CODE_ID_SQL, STAGED_MARK_DATES_SQL, STAGED_PUPIL_MARKS_SQL } from './check-staged-marks.sql.js';
import { MARKS_FILE_LAYOUT, PUPILS_FILE_LAYOUT, TYPED_MARKS_FILE_LAYOUT } from './csv-file-layouts.js';
import { DROP_STAGED_EXPORT_SQL } from './drop-staged-export.sql.js';
import type { ExportValidationIssue } from './export-validation-error.js';
import { FIND_SCHOOL_SQL } from './find-school.sql.js';
import { findProblems } from './problem-rows.js';
import { mapStagedPupilIds } from './map-staged-pupil-ids.js';
import { academicYearsBetween, type CheckedMarks, type ExportBatch } from './export-batch.js';
import { ExportLoadQueue } from './export-load-queue.js';
import type { SchoolExportLoadResult, SchoolExportUnit } from './school-export-unit.js';
import { stageCsv } from './stage-csv.js';
import { CREATE_STAGING_TYPES_SQL, TYPED_MARKS_COLUMN_TYPES } from './stage-typed-marks-csv.sql.js';
import { sessionDateIssues, stagedMarkDates } from './session-date-issues.js';
import { STAGED_TEXT_MARK_DATES_SQL } from './staged-text-mark-dates.sql.js';
import { findBadUpns } from './upn-issues.js';
import { VALIDATE_MARKS_PUPILS_SQL } from './validate-marks-pupils.sql.js';
import { VALIDATE_PUPILS_WITHOUT_MARKS_SQL } from './validate-pupils-without-marks.sql.js';
import { VALIDATE_MARKS_SQL } from './validate-marks.sql.js';
import { COUNT_PUPIL_PROBLEMS_SQL, VALIDATE_PUPILS_SQL } from './validate-pupils.sql.js';
import { ValidationReport } from './validation-report.js';

/**
 * Loads one school's export: checks both files, then in one transaction (shared with other schools' exports
 * loaded at the same time: export-batch.ts) replaces the school's enrolments, its marks for the dates the export
 * covers, and its weekly summaries for the weeks those dates touch. Loading the same export twice changes
 * nothing; a later export's corrections win when exports are loaded in date order. Any problem rejects with
 * ExportValidationError (or the transaction rolls back) and the store is left as it was, but for the LA-wide
 * dictionary rows a load adds first (see registerSharedRows).
 *
 * Many exports may be handed over at once (exportsToLoadAtOnce): they load on up to the store's loadConcurrency
 * connections, and a school's exports load one after another in the order they were handed over.
 */
export function loadSchoolExport(
  store: AnalyticsStore,
  unit: SchoolExportUnit,
): Promise<SchoolExportLoadResult> {
  let queue = loadQueues.get(store);
  if (!queue) {
    queue = new ExportLoadQueue(store, checkAndPark);
    loadQueues.set(store, queue);
  }
  return queue.load(unit);
}

const loadQueues = new WeakMap<AnalyticsStore, ExportLoadQueue>();

/** Stages and checks the export, gives its new pupils ids, and parks it in the connection's batch. */
async function checkAndPark(
  session: WriteSession,
  serialStep: SerialStep,
  unit: SchoolExportUnit,
  batch: ExportBatch,
): Promise<void> {
  const files = { pupilsFile: basename(unit.pupilsPath), marksFile: basename(unit.marksPath) };
  try {
    const checked = await stageAndValidate(session, unit, files);
    await serialStep(() => registerSharedRows(session, checked));
    await batch.park(unit, unit.recordedFiles ?? files, checked);
  } finally {
    await session.run(DROP_STAGED_EXPORT_SQL);
  }
}

/**
 * Rows every load may add, committed one load at a time before the school's own transaction: ids for UPNs the
 * store has never seen (pupils is an LA-wide dictionary; a pupil id with no enrolment counts nowhere) and the
 * half terms of the export's years (never changed once stored). Two loads adding them at once would both take
 * the same next id, so they queue here, briefly, rather than for the whole load.
 */
async function registerSharedRows(session: WriteSession, checked: CheckedMarks): Promise<void> {
  const { schoolId, firstDate, lastDate } = checked;
  const years = firstDate !== null && lastDate !== null ? academicYearsBetween(firstDate, lastDate) : [];
  const knownYears = halfTermYearsKnownTo(session);
  await session.transaction(async () => {
    await mapStagedPupilIds(session, schoolId);
    await ensureHalfTerms(session, years, knownYears);
  });
  for (const year of years) knownYears.add(year);
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
 * A file with no problems is read once, converted as it is read, and checked in two grouped passes (the fast
 * path). Only when something is wrong is the marks file staged again as text and checked line by line, so
 * every problem is still reported with its file, line, column and value.
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
    const [quickCheck] = await session.all(COUNT_PUPIL_PROBLEMS_SQL);
    if (Number(quickCheck?.['problems'] ?? 1) > 0) {
      report.add(await findProblems(session, VALIDATE_PUPILS_SQL, files.pupilsFile));
    }
    report.add(await findBadUpns(session, files.pupilsFile));
  }
  const codeIds = await specialCodeIds(session);
  if (report.isEmpty() && schoolId !== null) {
    const checked = await stageAndCheckTypedMarks(session, unit, files.marksFile, codeIds);
    if (checked) return { ...checked, schoolId };
  }

  const marksStagingIssues = await stageCsv(session, MARKS_FILE_LAYOUT, unit.marksPath);
  report.add(marksStagingIssues);
  if (marksStagingIssues.length === 0) {
    report.add(await findProblems(session, VALIDATE_MARKS_SQL, files.marksFile));
    const dateRows = await session.all(STAGED_TEXT_MARK_DATES_SQL, { closure: PLANNED_CLOSURE_CODE });
    const dates = stagedMarkDates(dateRows);
    report.add(sessionDateIssues(dates, unit.exportDate, files.marksFile).errors);
  }
  if (pupilsStagingIssues.length === 0 && marksStagingIssues.length === 0) {
    const pupilParams = { not_on_roll: NOT_ON_ROLL_CODE };
    report.add(await findProblems(session, VALIDATE_MARKS_PUPILS_SQL, files.marksFile, pupilParams));
    report.add(await findProblems(session, VALIDATE_PUPILS_WITHOUT_MARKS_SQL, files.pupilsFile));
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
  unit: SchoolExportUnit,
  marksFile: string,
  codeIds: SpecialCodeIds,
): Promise<Omit<CheckedMarks, 'schoolId'> | undefined> {
  await session.run(CREATE_STAGING_TYPES_SQL);
  const stagingIssues = await stageCsv(
    session,
    TYPED_MARKS_FILE_LAYOUT,
    unit.marksPath,
    TYPED_MARKS_COLUMN_TYPES,
  );
  if (stagingIssues.length > 0) return undefined;

  const dateRows = await session.all(STAGED_MARK_DATES_SQL, { closure_id: codeIds.plannedClosure });
  const valuesMissingOrWrong = dateRows.some(
    (row) =>
      Number(row['missing_values']) > 0 ||
      Number(row['codes_not_in_force']) > 0 ||
      row['date_text'] === null ||
      row['date_text'] !== row['session_date'],
  );
  if (valuesMissingOrWrong) return undefined;
  const dateIssues = sessionDateIssues(stagedMarkDates(dateRows), unit.exportDate, marksFile);
  if (dateIssues.errors.length > 0) return undefined;

  const [check] = await session.all(STAGED_PUPIL_MARKS_SQL, { not_on_roll_id: codeIds.notOnRoll });
  if (
    !check ||
    Number(check['repeated_sessions']) > 0 ||
    Number(check['pupils_marked_off_roll']) > 0 ||
    Number(check['pupils_without_marks']) > 0
  )
    return undefined;
  return {
    markRows: Number(check['mark_rows']),
    firstDate: (check['first_date'] ?? null) as IsoDate | null,
    lastDate: (check['last_date'] ?? null) as IsoDate | null,
    pupilRows: Number(check['pupil_rows']),
    warnings: dateIssues.warnings,
  };
}

/** The ids of the codes the checks single out, looked up once per connection (mark_codes ids never change). */
interface SpecialCodeIds {
  notOnRoll: number;
  plannedClosure: number;
}
const specialCodeIdsBySession = new WeakMap<SqlSession, SpecialCodeIds>();

async function specialCodeIds(session: SqlSession): Promise<SpecialCodeIds> {
  const known = specialCodeIdsBySession.get(session);
  if (known) return known;
  const idOf = async (code: string): Promise<number> => {
    const [row] = await session.all(MARK_CODE_ID_SQL, { code });
    if (!row) throw new Error(`The store's mark_codes has no ${code} code`);
    return Number(row['code_id']);
  };
  const ids = { notOnRoll: await idOf(NOT_ON_ROLL_CODE), plannedClosure: await idOf(PLANNED_CLOSURE_CODE) };
  specialCodeIdsBySession.set(session, ids);
  return ids;
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
