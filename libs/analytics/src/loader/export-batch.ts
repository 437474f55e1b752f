import { listValue } from '@duckdb/node-api';
import { academicYearOf, type IsoDate } from '@attendance/domain';
import { refreshRollups } from '../schema/refresh-rollups.js';
import type { WriteSession } from '../store/sql-session.js';
import type { ExportValidationIssue } from './export-validation-error.js';
import {
  ADD_BATCH_EXPORT_SQL,
  COUNT_REPLACED_MARKS_SQL,
  CREATE_BATCH_EXPORTS_SQL,
  DELETE_BATCH_ENROLMENT_WEEKS_SQL,
  DELETE_BATCH_ENROLMENTS_SQL,
  DELETE_BATCH_MARKS_SQL,
  INSERT_BATCH_ENROLMENT_WEEKS_SQL,
  INSERT_BATCH_ENROLMENTS_SQL,
  INSERT_BATCH_MARKS_SQL,
  RECORD_BATCH_EXPORTS_SQL,
  createBatchViewsSql,
  dropBatchSql,
  parkStagedExportSql,
} from './export-batch.sql.js';
import type { SchoolExportLoadResult, SchoolExportUnit } from './school-export-unit.js';

/** What the checks learnt about a staged export that passed them. */
export interface CheckedMarks {
  schoolId: number;
  pupilRows: number;
  markRows: number;
  /** First and last session date in the marks file; null when it has no rows. */
  firstDate: IsoDate | null;
  lastDate: IsoDate | null;
  /** Found while checking; kept with the load's result. */
  warnings: ExportValidationIssue[];
}

/**
 * How many exports one transaction takes at most. A batch costs a few statements whatever its size, so the
 * fixed cost of a school's load (about 50 ms of statements and a commit) is shared; beyond a handful the saving
 * is small and a failed commit fails more exports.
 */
export const EXPORTS_PER_TRANSACTION = 8;

const DROP_BATCH_SQL = dropBatchSql(EXPORTS_PER_TRANSACTION);

interface ParkedExport {
  unit: SchoolExportUnit;
  files: { pupilsFile: string; marksFile: string };
  checked: CheckedMarks;
}

/**
 * Validated exports of different schools, staged on one loader connection, that go into the store together in
 * one transaction (see export-batch.sql.ts): each export still loads completely or not at all, and a batch
 * costs a few statements rather than a few dozen per school. Exports of one school must not share a batch.
 */
export class ExportBatch {
  private parked: ParkedExport[] = [];

  private constructor(private readonly session: WriteSession) {}

  static async open(session: WriteSession): Promise<ExportBatch> {
    await session.run(CREATE_BATCH_EXPORTS_SQL);
    return new ExportBatch(session);
  }

  get isFull(): boolean {
    return this.parked.length >= EXPORTS_PER_TRANSACTION;
  }

  private holdsSchool(urn: string): boolean {
    return this.parked.some((parked) => parked.unit.urn === urn);
  }

  /** Takes over the connection's staged tables of an export that passed every check and has its pupil ids. */
  async park(
    unit: SchoolExportUnit,
    files: { pupilsFile: string; marksFile: string },
    checked: CheckedMarks,
  ): Promise<void> {
    if (this.isFull) throw new Error('The batch is full: commit it first');
    if (this.holdsSchool(unit.urn)) throw new Error(`School ${unit.urn} already has an export in this batch`);
    const slot = this.parked.length;
    await this.session.run(parkStagedExportSql(slot));
    this.parked.push({ unit, files, checked });
    await this.session.run(ADD_BATCH_EXPORT_SQL, {
      slot,
      school_id: checked.schoolId,
      urn: unit.urn,
      export_date: unit.exportDate,
      pupils_file: files.pupilsFile,
      marks_file: files.marksFile,
      first_date: checked.firstDate,
      last_date: checked.lastDate,
      pupil_rows: checked.pupilRows,
      mark_rows: checked.markRows,
    });
  }

  /**
   * Replaces, in one transaction, each school's enrolments, its marks from its export's first to last date,
   * its enrolment_weeks for the weeks those dates touch and its rollups for every year. On any failure nothing
   * of the batch is stored. Call `clear` afterwards either way.
   */
  async commit(): Promise<SchoolExportLoadResult[]> {
    const parked = this.parked;
    if (parked.length === 0) return [];
    const session = this.session;
    await session.run(createBatchViewsSql(parked.length));
    return session.transaction(async () => {
      const schoolIds = parked.map(({ checked }) => checked.schoolId);
      const bounds = { first_school: Math.min(...schoolIds), last_school: Math.max(...schoolIds) };
      const schools = { ...bounds, school_ids: listValue(schoolIds) };
      await session.run(DELETE_BATCH_ENROLMENTS_SQL, schools);
      await session.run(INSERT_BATCH_ENROLMENTS_SQL);
      const replaced = new Map<number, number>();
      const dates = dateRangeOf(parked);
      if (dates !== null) {
        const range = { ...bounds, first_date: dates.first, last_date: dates.last };
        for (const row of await session.all(COUNT_REPLACED_MARKS_SQL, range)) {
          replaced.set(Number(row['slot']), Number(row['replaced']));
        }
        await session.run(DELETE_BATCH_MARKS_SQL, range);
        await session.run(INSERT_BATCH_MARKS_SQL);
        await session.run(DELETE_BATCH_ENROLMENT_WEEKS_SQL, range);
        await session.run(INSERT_BATCH_ENROLMENT_WEEKS_SQL, { ...range, school_ids: schools.school_ids });
      }
      await refreshRollups(session, schoolIds, dates === null ? null : { from: dates.first, to: dates.last });
      await session.run(RECORD_BATCH_EXPORTS_SQL);
      return parked.map((export_, slot) => loadResult(export_, replaced.get(slot) ?? 0));
    });
  }

  /** Drops the batch's tables, committed or not, so the connection can start the next batch. */
  async clear(): Promise<void> {
    this.parked = [];
    await this.session.run(DROP_BATCH_SQL);
  }
}

function dateRangeOf(parked: readonly ParkedExport[]): { first: IsoDate; last: IsoDate } | null {
  const firsts = parked.flatMap(({ checked }) => (checked.firstDate === null ? [] : [checked.firstDate]));
  const lasts = parked.flatMap(({ checked }) => (checked.lastDate === null ? [] : [checked.lastDate]));
  if (firsts.length === 0 || lasts.length === 0) return null;
  return { first: firsts.reduce(earlier), last: lasts.reduce(later) };
}

const earlier = (a: IsoDate, b: IsoDate): IsoDate => (a < b ? a : b);
const later = (a: IsoDate, b: IsoDate): IsoDate => (a > b ? a : b);

function loadResult(
  { unit, files, checked }: ParkedExport,
  replacedMarkRows: number,
): SchoolExportLoadResult {
  return {
    urn: unit.urn,
    exportDate: unit.exportDate,
    ...files,
    firstDate: checked.firstDate,
    lastDate: checked.lastDate,
    pupilRows: checked.pupilRows,
    markRows: checked.markRows,
    replacedMarkRows,
    warnings: checked.warnings,
  };
}

export function academicYearsBetween(first: IsoDate, last: IsoDate): number[] {
  const years: number[] = [];
  for (let year = academicYearOf(first); year <= academicYearOf(last); year += 1) years.push(year);
  return years;
}
