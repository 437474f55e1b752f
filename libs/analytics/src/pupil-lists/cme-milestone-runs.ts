import { addDays, mondayOf, type IsoDate } from '@attendance/domain';
import type { AnalyticsScope } from '../scope/analytics-scope.js';
import { isScoped, scopeParams } from '../scope/scope-filter.sql.js';
import type { SqlSession } from '../store/sql-session.js';
import {
  CME_RECENT_FLOOR_SQL,
  CME_RECENT_SCHOOL_WEEKS,
  cmeCandidateWeeksSql,
  cmeSchoolWeeksSql,
} from './cme-milestone-candidates.sql.js';
import { readCmeCodeIds, type CmeCodeIds } from './cme-milestone-code-ids.js';
import { CME_FAR_READ_WEEKS_SQL, CME_NEAR_MARKS_SQL, cmeFarMarksSql } from './cme-milestone-marks.sql.js';
import { farReads } from './cme-milestone-reads.js';
import { cmeRunsSql } from './cme-milestone-runs.sql.js';
import { LONG_STALE_DAYS } from './penalty-notice-and-cme-as-of.js';

// The steps the CME milestone list (cme-milestone-list.ts) and its counts by school (cme-milestone-counts.ts)
// share, on the read's own connection: the candidates and their runs from the latest weeks (cme_runs), then,
// once the caller has named the runs it needs in full (cme_far_reads), their older weeks' marks.

/**
 * With the run tails, only each school's latest school week is read for every candidate: the week before it
 * comes from its tail too unless it may hold the school's last school day (cmeRunsSql).
 */
const TAIL_RECENT_SCHOOL_WEEKS = 1;

/** The dates every CME statement after the candidates is given. */
export interface CmeRunDates {
  as_of: IsoDate;
  /** CME_RECENT_FLOOR_SQL: marks from it on are read for every candidate. */
  recent_floor: IsoDate;
}

export interface CmeRunsRead {
  dates: CmeRunDates;
  codeIds: CmeCodeIds;
}

/**
 * Creates cme_school_weeks, cme_candidate_weeks (the enrolments whose run could reach `minDays`), cme_marks
 * (their marks from the recent floor on) and cme_runs (their runs from those marks and the certified weeks;
 * with `runTails`, and the loader-kept run tails of their older weeks, from a recent floor one school week
 * later: cmeRunsSql).
 */
export async function createCmeRuns(
  session: SqlSession,
  request: { scope: AnalyticsScope; asOf: IsoDate; minDays: number; runTails?: boolean },
): Promise<CmeRunsRead> {
  const { scope, asOf, minDays, runTails = false } = request;
  await session.run(cmeSchoolWeeksSql(isScoped(scope)), { ...scopeParams(scope), as_of: asOf });
  const [floor] = await session.all(CME_RECENT_FLOOR_SQL, {
    recent_weeks: runTails ? TAIL_RECENT_SCHOOL_WEEKS : CME_RECENT_SCHOOL_WEEKS,
    oldest_recent_from: addDays(asOf, -LONG_STALE_DAYS),
  });
  const recentFloor = floor?.['recent_floor'];
  const dates = { as_of: asOf, recent_floor: recentFloor == null ? mondayOf(asOf) : String(recentFloor) };
  const codeIds = await readCmeCodeIds(session);
  await session.run(cmeCandidateWeeksSql(codeIds), { recent_floor: dates.recent_floor, min_days: minDays });
  await session.run(CME_NEAR_MARKS_SQL, dates);
  await session.run(cmeRunsSql(codeIds, runTails), dates);
  return { dates, codeIds };
}

/**
 * Adds the marks of the older weeks cme_far_reads names to cme_marks. False when it names none: cme_runs is
 * then the whole answer.
 */
export async function readCmeFarMarks(session: SqlSession): Promise<boolean> {
  const farWeeks = await session.all(CME_FAR_READ_WEEKS_SQL);
  if (farWeeks.length === 0) return false;
  const far = farReads(farWeeks);
  await session.run(cmeFarMarksSql(far.shape), far.params);
  return true;
}
