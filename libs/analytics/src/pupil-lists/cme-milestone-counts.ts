import { CME_LA_MILESTONE_DAYS, type IsoDate } from '@attendance/domain';
import type { AnalyticsScope } from '../scope/analytics-scope.js';
import type { SqlSession } from '../store/sql-session.js';
import { cmeCountFarReadsSql, cmeMilestoneCountsSql } from './cme-milestone-counts.sql.js';
import { createCmeRuns, readCmeFarMarks } from './cme-milestone-runs.js';
import { cmeRunsWithFarReadsSql } from './cme-milestone-runs.sql.js';
import { seesNoSchool } from './pupil-list-request.js';

/** How many children of a school the CME milestone list holds at one milestone. */
export interface CmeMilestoneCount {
  urn: string;
  /** 3, 6, 10 or 20 school days (CME_LA_MILESTONE_DAYS). */
  milestone: number;
  children: number;
}

/**
 * The CME milestone list's length as of `asOf` for each school of the scope and each milestone, in one pass
 * over the list's own statements (cme-milestone-runs.ts): every school's count is the list's length for a scope
 * of that school alone. The runs' older weeks come from the loader-kept run tails (enrolment_week_run_tails,
 * the same rules over the same marks), so marks are read again only for a run of a school whose latest two
 * weeks are older than the others' (rare: its data stopped). Counts only, so no pupil-level access is needed.
 * A school and milestone with no child has no entry. Runs inside the caller's read (temporary tables on its
 * connection).
 */
export async function readCmeMilestoneCounts(
  session: SqlSession,
  request: { scope: AnalyticsScope; asOf: IsoDate },
): Promise<CmeMilestoneCount[]> {
  if (seesNoSchool(request.scope)) return [];
  const minDays = Math.min(...CME_LA_MILESTONE_DAYS);
  const { dates, codeIds } = await createCmeRuns(session, { ...request, minDays, runTails: true });
  await session.run(cmeCountFarReadsSql(CME_LA_MILESTONE_DAYS), { recent_floor: dates.recent_floor });
  const farRead = await readCmeFarMarks(session);
  const rows = await session.all(
    cmeMilestoneCountsSql(CME_LA_MILESTONE_DAYS, farRead ? cmeRunsWithFarReadsSql(codeIds) : null),
    farRead ? { ...dates } : {},
  );
  return rows.map((row) => ({
    urn: String(row['urn']),
    milestone: Number(row['milestone']),
    children: Number(row['children']),
  }));
}
