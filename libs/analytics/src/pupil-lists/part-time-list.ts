import type { IsoDate } from '@attendance/domain';
import type { CohortChoice } from '../la-overview/period-enrolment-weeks.sql.js';
import { readPeriod } from '../la-overview/read-period.js';
import type { AnalyticsScope } from '../scope/analytics-scope.js';
import { isScoped, scopeParams } from '../scope/scope-filter.sql.js';
import type { AnalyticsStore } from '../store/analytics-store.js';
import { CURRENT_PART_TIME_SCHOOL_WEEKS, PART_TIME_TIMETABLE_CODE } from './part-time-code.js';
import { markCodeIdList } from './penalty-notice-and-cme-as-of.js';
import { PART_TIME_SORTS, partTimeListSql, type PartTimeSort } from './part-time-list.sql.js';
import { pupilListRequest, seesNoSchool } from './pupil-list-request.js';

export interface PartTimeTimetableListParams {
  /** As for every figure: default the academic year to date, inside one academic year. */
  from?: IsoDate;
  to?: IsoDate;
  cohort?: CohortChoice;
  scope?: AnalyticsScope;
  /** Default the most part-time sessions first. */
  sort?: PartTimeSort;
  limit?: number;
  offset?: number;
}

export interface PartTimeTimetablePupil {
  urn: string;
  schoolName: string;
  upn: string;
  /** The store's id of the pupil (pupils.pupil_id, never changed): refers to the pupil without the UPN. */
  pupilId: number;
  yearGroup: string | null;
  /** Sessions marked C2 in the period. */
  partTimeSessions: number;
  firstPartTimeDate: IsoDate;
  latestPartTimeDate: IsoDate;
  /** The latest C2 mark is in the school's last two school weeks up to the period's end. */
  current: boolean;
}

export interface PartTimeTimetableList {
  academicYear: number;
  start: IsoDate;
  end: IsoDate;
  dataAsOf: IsoDate | null;
  length: number;
  pupils: PartTimeTimetablePupil[];
}

/**
 * Enrolments on part-time timetables (any C2 session in the period; see part-time-list.sql.ts), sorted and
 * paged. Before 19 August 2024 there was no C2, so a period of the 2006 code set lists no one. Pupil-level
 * data: refused unless the scope allows it.
 */
export async function queryPartTimeTimetableList(
  store: AnalyticsStore,
  params: PartTimeTimetableListParams = {},
): Promise<PartTimeTimetableList> {
  const { scope, sort, limit, offset } = pupilListRequest(params, PART_TIME_SORTS, 'sessions');

  return store.read(async (session) => {
    const { period, dataAsOf } = await readPeriod(session, params);
    const base = { academicYear: period.academicYear, start: period.start, end: period.end, dataAsOf };
    if (seesNoSchool(scope)) return { ...base, length: 0, pupils: [] };
    const sql = partTimeListSql({
      cohort: params.cohort ?? 'statutory',
      scoped: isScoped(scope),
      sort,
      partTimeCodeIds: await markCodeIdList(session, [PART_TIME_TIMETABLE_CODE]),
    });
    const rows = await session.all(sql, {
      ...scopeParams(scope),
      academic_year: period.academicYear,
      period_from: period.start,
      period_to: period.end,
      as_of: period.end,
      current_weeks: CURRENT_PART_TIME_SCHOOL_WEEKS,
      limit,
      offset,
    });
    const pupils = rows.map((row): PartTimeTimetablePupil => ({
      urn: String(row['urn']),
      schoolName: String(row['school_name']),
      upn: String(row['upn']),
      pupilId: Number(row['pupil_id']),
      yearGroup: (row['nc_year'] ?? null) as string | null,
      partTimeSessions: Number(row['part_time_sessions']),
      firstPartTimeDate: String(row['first_part_time_date']),
      latestPartTimeDate: String(row['last_part_time_date']),
      current: row['is_current'] === true,
    }));
    return { ...base, length: Number(rows[0]?.['list_length'] ?? 0), pupils };
  });
}
