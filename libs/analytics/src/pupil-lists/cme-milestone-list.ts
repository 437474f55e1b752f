import { CME_LA_MILESTONE_DAYS, highestLaMilestone, type IsoDate } from '@attendance/domain';
import { INTEGER, LIST, listValue, STRUCT, structValue, VARCHAR } from '@duckdb/node-api';
import type { AnalyticsScope } from '../scope/analytics-scope.js';
import type { AnalyticsStore } from '../store/analytics-store.js';
import type { SqlSession } from '../store/sql-session.js';
import type { SqlRow } from '../store/sql-values.js';
import {
  CME_LAST_ATTENDED_SQL,
  CME_MILESTONE_SORTS,
  cmeMilestoneListSql,
  type CmeMilestoneSort,
} from './cme-milestone-list.sql.js';
import { createCmeRuns, readCmeFarMarks } from './cme-milestone-runs.js';
import { cmeFarReadsSql, cmeRunsWithFarReadsSql } from './cme-milestone-runs.sql.js';
import { readActionListDate } from './penalty-notice-and-cme-as-of.js';
import { pupilListRequest, seesNoSchool } from './pupil-list-request.js';

export interface CmeMilestoneListParams {
  /** Default the store's latest mark. */
  asOf?: IsoDate;
  /** Only runs that have reached this milestone (3, 6, 10 or 20 school days); default every run of 3 or more. */
  milestone?: number;
  scope?: AnalyticsScope;
  /** Default the longest run first. */
  sort?: CmeMilestoneSort;
  /** Default 50 a page, at most MAX_LIST_PAGE. */
  limit?: number;
  offset?: number;
}

export interface CmeMilestonePupil {
  urn: string;
  schoolName: string;
  upn: string;
  /** The store's id of the pupil (pupils.pupil_id, never changed): refers to the pupil without the UPN. */
  pupilId: number;
  yearGroup: string | null;
  /** Consecutive school days of unexplained absence (N, O) up to the school's last school day. */
  daysInRun: number;
  /** The run's first school day. */
  runSince: IsoDate;
  /** The highest of CME_LA_MILESTONE_DAYS (3, 6, 10, 20) the run has reached. */
  milestone: number;
  /** The school's last school day on or before asOf: the run is counted back from it. */
  lastSchoolDay: IsoDate;
  /** The last date this academic year the child was present or on an approved educational activity. */
  lastAttended: IsoDate | null;
}

export interface CmeMilestoneList {
  /** The date asked for (default the store's latest mark); null when the store holds no marks. */
  asOf: IsoDate | null;
  dataAsOf: IsoDate | null;
  /** The milestone asked for, or the lowest one (3) when every run was asked for. */
  milestone: number;
  /** How many enrolments the whole list holds (every page). */
  length: number;
  pupils: CmeMilestonePupil[];
}

/**
 * Children of compulsory school age whose current run of consecutive school days of unexplained absence has
 * reached a CME milestone (the domain's consecutiveUnexplainedAbsenceDays, each school counted back from its
 * own last school day on or before asOf). Sorted and paged; pupil-level data, refused unless the scope allows
 * it. The candidates and the weeks to read come from the weekly summaries (cme-milestone-candidates.sql.ts),
 * the marks of every candidate's latest weeks are read in one scan and the runs counted
 * (cme-milestone-runs.sql.ts), then older weeks are read only for the runs the page or the list's length
 * depends on, and the page is listed (cme-milestone-list.sql.ts). The statements share temporary tables on
 * the read's own connection.
 */
export async function queryCmeMilestoneList(
  store: AnalyticsStore,
  params: CmeMilestoneListParams = {},
): Promise<CmeMilestoneList> {
  const { scope, sort, limit, offset } = pupilListRequest(params, CME_MILESTONE_SORTS, 'days');
  const milestone = params.milestone ?? (CME_LA_MILESTONE_DAYS[0] as number);
  if (!CME_LA_MILESTONE_DAYS.includes(milestone)) {
    throw new RangeError(
      `milestone must be one of ${CME_LA_MILESTONE_DAYS.join(', ')} (school days), got ${milestone}`,
    );
  }

  return store.read(async (session) => {
    const { asOf, dataAsOf } = await readActionListDate(session, params.asOf);
    const empty = { asOf, dataAsOf, milestone, length: 0, pupils: [] };
    if (asOf === null || seesNoSchool(scope)) return empty;
    const { dates, codeIds } = await createCmeRuns(session, { scope, asOf, minDays: milestone });
    const page = { min_days: milestone, limit, offset };
    await session.run(cmeFarReadsSql(sort), { recent_floor: dates.recent_floor, ...page });
    const farRead = await readCmeFarMarks(session);
    const rows = await session.all(
      cmeMilestoneListSql(sort, farRead ? cmeRunsWithFarReadsSql(codeIds) : null),
      farRead ? { ...dates, ...page } : { as_of: asOf, ...page },
    );
    const attendedEarlier = await lastAttendedBeforeRead(
      session,
      rows.filter((row) => row['last_attended_date'] === null),
    );
    const pupils = rows.map((row): CmeMilestonePupil => {
      const daysInRun = Number(row['days_in_run']);
      const key = `${String(row['school_id'])} ${String(row['pupil_id'])}`;
      return {
        urn: String(row['urn']),
        schoolName: String(row['school_name']),
        upn: String(row['upn']),
        pupilId: Number(row['pupil_id']),
        yearGroup: (row['nc_year'] ?? null) as string | null,
        daysInRun,
        runSince: String(row['run_since']),
        milestone: highestLaMilestone(daysInRun) ?? milestone,
        lastSchoolDay: String(row['last_school_day']),
        lastAttended: (row['last_attended_date'] ?? attendedEarlier.get(key) ?? null) as IsoDate | null,
      };
    });
    return { asOf, dataAsOf, milestone, length: Number(rows[0]?.['list_length'] ?? 0), pupils };
  });
}

const PUPILS_TYPE = LIST(
  STRUCT({ school_id: INTEGER, pupil_id: INTEGER, read_from: VARCHAR, academic_year: INTEGER }),
);

/** For listed rows with no attended mark among those read: the latest earlier one this year, by pupil. */
async function lastAttendedBeforeRead(session: SqlSession, rows: SqlRow[]): Promise<Map<string, IsoDate>> {
  if (rows.length === 0) return new Map();
  const pupils = listValue(
    rows.map((row) =>
      structValue({
        school_id: Number(row['school_id']),
        pupil_id: Number(row['pupil_id']),
        read_from: String(row['read_from']),
        academic_year: Number(row['academic_year']),
      }),
    ),
  );
  const found = await session.all(CME_LAST_ATTENDED_SQL, { pupils }, { pupils: PUPILS_TYPE });
  return new Map(
    found.map((row) => [
      `${String(row['school_id'])} ${String(row['pupil_id'])}`,
      String(row['last_attended_date']),
    ]),
  );
}
