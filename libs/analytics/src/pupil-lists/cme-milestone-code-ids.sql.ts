import {
  DEFAULT_UNEXPLAINED_ABSENCE_CODES,
  NON_SCHOOL_DAY_MARKS,
  PLANNED_CLOSURE_CODE,
} from '@attendance/domain';
import { listValue } from '@duckdb/node-api';
import type { SqlSession } from '../store/sql-session.js';

// The register codes the CME statements filter marks by, as the stored ids inlined into their SQL: a filter on
// constants the scan of marks applies itself (an IN over a subquery would be a join after the scan).

export interface CmeCodeIds {
  /** N and O, as an SQL list of code ids (CME_CODE_IDS_SQL). */
  unexplained: string;
  /** # */
  plannedClosure: string;
  /** # and Z */
  nonSchoolDay: string;
}

/**
 * The stored ids of the codes in $unexplained, $planned_closure and $non_school_day, each as an SQL list to
 * inline (`18, 19`; `NULL`, matching nothing, when none was ever stored), so that filters on code_id are
 * constants: what markCodeIdList does, for the three lists at once.
 */
const CME_CODE_IDS_SQL = `
SELECT
  coalesce(string_agg(CAST(code_id AS VARCHAR), ', ' ORDER BY code_id)
    FILTER (WHERE list_contains($unexplained, code)), 'NULL') AS unexplained,
  coalesce(string_agg(CAST(code_id AS VARCHAR), ', ' ORDER BY code_id)
    FILTER (WHERE list_contains($planned_closure, code)), 'NULL') AS planned_closure,
  coalesce(string_agg(CAST(code_id AS VARCHAR), ', ' ORDER BY code_id)
    FILTER (WHERE list_contains($non_school_day, code)), 'NULL') AS non_school_day
FROM mark_codes
`;

/** The code ids of N and O, # and the non-school-day marks, in one statement. */
export async function readCmeCodeIds(session: SqlSession): Promise<CmeCodeIds> {
  const [ids] = await session.all(CME_CODE_IDS_SQL, {
    unexplained: listValue([...DEFAULT_UNEXPLAINED_ABSENCE_CODES]),
    planned_closure: listValue([PLANNED_CLOSURE_CODE]),
    non_school_day: listValue([...NON_SCHOOL_DAY_MARKS]),
  });
  return {
    unexplained: String(ids?.['unexplained'] ?? 'NULL'),
    plannedClosure: String(ids?.['planned_closure'] ?? 'NULL'),
    nonSchoolDay: String(ids?.['non_school_day'] ?? 'NULL'),
  };
}
