import {
  DEFAULT_UNEXPLAINED_ABSENCE_CODES,
  NON_SCHOOL_DAY_MARKS,
  PLANNED_CLOSURE_CODE,
} from '@attendance/domain';
import type { SqlSession } from '../store/sql-session.js';
import { markCodeIdList } from './penalty-notice-and-cme-as-of.js';

// The register codes the CME statements filter marks by, as the stored ids inlined into their SQL
// (markCodeIdList): a filter on constants the scan of marks applies itself.

export interface CmeCodeIds {
  /** N and O, as an SQL list of code ids. */
  unexplained: string;
  /** # */
  plannedClosure: string;
  /** # and Z */
  nonSchoolDay: string;
}

export async function readCmeCodeIds(session: SqlSession): Promise<CmeCodeIds> {
  return {
    unexplained: await markCodeIdList(session, DEFAULT_UNEXPLAINED_ABSENCE_CODES),
    plannedClosure: await markCodeIdList(session, [PLANNED_CLOSURE_CODE]),
    nonSchoolDay: await markCodeIdList(session, NON_SCHOOL_DAY_MARKS),
  };
}
