import type { IsoDate } from '@attendance/domain';
import { INTEGER, LIST, listValue, STRUCT, structValue, VARCHAR } from '@duckdb/node-api';
import type { SqlParams, SqlParamTypes } from '../store/sql-session.js';
import type { SqlRow, SqlValue } from '../store/sql-values.js';
import { deepReadSlots } from './cme-milestone-list.sql.js';

// The candidates of cmeCandidatesListSql as the parameters of cmeMilestoneListSql: the candidates and their
// certified weeks as lists, and each deep school's read (its range and the weeks of it to read) in a slot of
// its own, so the scan filters by the school and dates itself.

const CANDIDATES_TYPE = LIST(
  STRUCT({ school_id: INTEGER, pupil_id: INTEGER, run_from: VARCHAR, shallow_from: VARCHAR }),
);
const READ_WEEKS_TYPE = LIST(STRUCT({ school_id: INTEGER, week_start: VARCHAR }));
const CERTIFIED_WEEKS_TYPE = LIST(STRUCT({ school_id: INTEGER, pupil_id: INTEGER, week_start: VARCHAR }));

export interface CandidateReads {
  deepReadSlots: number;
  params: SqlParams;
  types: SqlParamTypes;
}

export function candidateReads(candidates: readonly SqlRow[]): CandidateReads {
  const deep = deepReads(candidates);
  const slots = deepReadSlots(deep.length);
  return {
    deepReadSlots: slots,
    params: {
      candidates: listValue(
        candidates.map((row) =>
          structValue({
            school_id: Number(row['school_id']),
            pupil_id: Number(row['pupil_id']),
            run_from: String(row['run_from']),
            shallow_from: String(row['shallow_from']),
          }),
        ),
      ),
      ...deepReadParams(deep, slots),
      read_weeks: listValue(
        deep.flatMap((read) =>
          read.weeks.map((week) => structValue({ school_id: read.schoolId, week_start: week })),
        ),
      ),
      certified_weeks: listValue(
        candidates.flatMap((row) =>
          weekList(row['certified_weeks']).map((week) =>
            structValue({
              school_id: Number(row['school_id']),
              pupil_id: Number(row['pupil_id']),
              week_start: week,
            }),
          ),
        ),
      ),
    },
    types: {
      candidates: CANDIDATES_TYPE,
      read_weeks: READ_WEEKS_TYPE,
      certified_weeks: CERTIFIED_WEEKS_TYPE,
    },
  };
}

interface DeepRead {
  schoolId: number;
  from: IsoDate;
  to: IsoDate;
  /** The weeks read (Mondays); the others of the range hold only deep candidates' unexplained weeks. */
  weeks: IsoDate[];
}

function weekList(value: SqlValue | undefined): IsoDate[] {
  return value === null || value === undefined || value === '' ? [] : String(value).split(',');
}

/** The schools whose deep candidates need marks from before their other candidates' (cmeCandidatesListSql). */
function deepReads(candidates: readonly SqlRow[]): DeepRead[] {
  const bySchool = new Map<number, DeepRead>();
  for (const row of candidates) {
    const deepFrom = row['deep_from'];
    const shallowFrom = String(row['shallow_from']);
    if (deepFrom === null || String(deepFrom) >= shallowFrom) continue;
    bySchool.set(Number(row['school_id']), {
      schoolId: Number(row['school_id']),
      from: String(deepFrom),
      to: shallowFrom,
      weeks: weekList(row['read_weeks']),
    });
  }
  return [...bySchool.values()];
}

/** The deep reads as the statement's parameters, the unused slots reading nothing (no school -1). */
function deepReadParams(reads: readonly DeepRead[], slots: number): SqlParams {
  const params: SqlParams = {};
  for (let slot = 0; slot < slots; slot += 1) {
    const read = reads[slot];
    params[`deep_school_${slot}`] = read?.schoolId ?? -1;
    params[`deep_from_${slot}`] = read?.from ?? '2000-01-01';
    params[`deep_to_${slot}`] = read?.to ?? '2000-01-01';
  }
  return params;
}
