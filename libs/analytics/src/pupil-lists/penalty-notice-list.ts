import {
  addDays,
  maxDate,
  PENALTY_NOTICE_FRAMEWORK_IN_FORCE_FROM,
  PENALTY_NOTICE_THRESHOLD,
  type IsoDate,
} from '@attendance/domain';
import { INTEGER, LIST, VARCHAR, listValue } from '@duckdb/node-api';
import type { AnalyticsScope } from '../scope/analytics-scope.js';
import { isScoped, scopeParams } from '../scope/scope-filter.sql.js';
import type { AnalyticsStore } from '../store/analytics-store.js';
import { LONG_STALE_DAYS, markCodeIdList, readActionListDate } from './penalty-notice-and-cme-as-of.js';
import {
  PENALTY_NOTICE_SORTS,
  penaltyNoticeListSql,
  penaltyNoticeTenthDatesSql,
  type PenaltyNoticeSort,
} from './penalty-notice-list.sql.js';
import { pupilListRequest, seesNoSchool } from './pupil-list-request.js';
import type { SqlSession } from '../store/sql-session.js';
import type { SqlRow } from '../store/sql-values.js';

export interface PenaltyNoticeListParams {
  /** Default the store's latest mark; never before 19 August 2024, when the national threshold came in. */
  asOf?: IsoDate;
  scope?: AnalyticsScope;
  /** Default the most unauthorised sessions first. */
  sort?: PenaltyNoticeSort;
  /** Default 50 a page, at most MAX_LIST_PAGE. */
  limit?: number;
  offset?: number;
}

export interface PenaltyNoticePupil {
  urn: string;
  schoolName: string;
  upn: string;
  /** The store's id of the pupil (pupils.pupil_id, never changed): refers to the pupil without the UPN. */
  pupilId: number;
  yearGroup: string | null;
  /** Sessions of G, N, O and U in the window. */
  unauthorisedSessions: number;
  /** Monday of the earliest school week of the window. */
  windowStart: IsoDate;
  /** The school's last register date on or before asOf. */
  windowEnd: IsoDate;
  /** School weeks in the window: 10, fewer only where the school's data starts inside it. */
  schoolWeeks: number;
  /** When the window's sessions reached the threshold (not before 19 August 2024). */
  thresholdMetOn: IsoDate;
}

export interface PenaltyNoticeList {
  /** The date asked for (default the store's latest mark); null when the store holds no marks. */
  asOf: IsoDate | null;
  dataAsOf: IsoDate | null;
  /** How many enrolments the whole list holds (every page). */
  length: number;
  pupils: PenaltyNoticePupil[];
}

/**
 * Enrolments of compulsory school age meeting the national penalty-notice threshold on asOf: 10 or more
 * unauthorised sessions (G, N, O, U) in the rolling 10 school weeks of their school's own register, ending on
 * the school's last register date on or before asOf (penalty-notice-list.sql.ts). Sorted and paged;
 * pupil-level data, refused unless the scope allows it.
 */
export async function queryPenaltyNoticeList(
  store: AnalyticsStore,
  params: PenaltyNoticeListParams = {},
): Promise<PenaltyNoticeList> {
  const { scope, sort, limit, offset } = pupilListRequest(params, PENALTY_NOTICE_SORTS, 'sessions');

  return store.read(async (session) => {
    const { asOf, dataAsOf } = await readActionListDate(session, params.asOf);
    if (params.asOf !== undefined && params.asOf < PENALTY_NOTICE_FRAMEWORK_IN_FORCE_FROM) {
      throw new RangeError(
        `asOf must be on or after ${PENALTY_NOTICE_FRAMEWORK_IN_FORCE_FROM}, when the national penalty ` +
          `notice threshold came in, got "${params.asOf}"`,
      );
    }
    const empty = { asOf, dataAsOf, length: 0, pupils: [] };
    // A store whose latest mark is older than the threshold has no one to list.
    if (asOf === null || asOf < PENALTY_NOTICE_FRAMEWORK_IN_FORCE_FROM || seesNoSchool(scope)) return empty;
    const scoped = isScoped(scope);
    const thresholdCodeIds = await markCodeIdList(session, PENALTY_NOTICE_THRESHOLD.codes);
    const rows = await session.all(penaltyNoticeListSql({ scoped, sort, thresholdCodeIds }), {
      ...scopeParams(scope),
      as_of: asOf,
      window_weeks: PENALTY_NOTICE_THRESHOLD.schoolWeeks,
      oldest_read_from: addDays(asOf, -LONG_STALE_DAYS),
      threshold_sessions: PENALTY_NOTICE_THRESHOLD.unauthorisedSessions,
      limit,
      offset,
    });
    const tenthDates = await readTenthDates(session, rows, thresholdCodeIds);
    const pupils = rows.map((row): PenaltyNoticePupil => ({
      urn: String(row['urn']),
      schoolName: String(row['school_name']),
      upn: String(row['upn']),
      pupilId: Number(row['pupil_id']),
      yearGroup: (row['nc_year'] ?? null) as string | null,
      unauthorisedSessions: Number(row['unauthorised_sessions']),
      windowStart: String(row['window_start']),
      windowEnd: String(row['window_end']),
      schoolWeeks: Number(row['school_weeks']),
      thresholdMetOn: maxDate(tenthDateOf(tenthDates, row), PENALTY_NOTICE_FRAMEWORK_IN_FORCE_FROM),
    }));
    return { asOf, dataAsOf, length: Number(rows[0]?.['list_length'] ?? 0), pupils };
  });
}

/** The page's tenth dates (penaltyNoticeTenthDatesSql), by enrolmentKey. */
async function readTenthDates(
  session: SqlSession,
  page: readonly SqlRow[],
  thresholdCodeIds: string,
): Promise<Map<string, IsoDate>> {
  if (page.length === 0) return new Map();
  const windowStarts = page.map((row) => String(row['window_start']));
  const windowEnds = page.map((row) => String(row['window_end']));
  const rows = await session.all(
    penaltyNoticeTenthDatesSql(thresholdCodeIds),
    {
      school_ids: listValue(page.map((row) => Number(row['school_id']))),
      pupil_ids: listValue(page.map((row) => Number(row['pupil_id']))),
      window_starts: listValue(windowStarts),
      window_ends: listValue(windowEnds),
      read_from: windowStarts.reduce((earliest, day) => (day < earliest ? day : earliest)),
      read_to: windowEnds.reduce((latest, day) => (day > latest ? day : latest)),
      threshold_sessions: PENALTY_NOTICE_THRESHOLD.unauthorisedSessions,
    },
    {
      school_ids: LIST(INTEGER),
      pupil_ids: LIST(INTEGER),
      window_starts: LIST(VARCHAR),
      window_ends: LIST(VARCHAR),
    },
  );
  return new Map(
    rows.flatMap((row) =>
      row['tenth_date'] === null ? [] : [[enrolmentKey(row), String(row['tenth_date'])]],
    ),
  );
}

function tenthDateOf(tenthDates: ReadonlyMap<string, IsoDate>, row: SqlRow): IsoDate {
  const tenthDate = tenthDates.get(enrolmentKey(row));
  // The count comes from the summaries and the date from the marks: they agree while enrolment_weeks
  // .unauthorised counts exactly the threshold codes (penalty-notice-codes.spec.ts).
  if (tenthDate === undefined) {
    throw new Error(
      `No threshold date for pupil ${String(row['upn'])} at ${String(row['urn'])}: the marks hold fewer ` +
        `threshold sessions than the summaries counted`,
    );
  }
  return tenthDate;
}

function enrolmentKey(row: SqlRow): string {
  return `${String(row['school_id'])}:${String(row['pupil_id'])}`;
}
