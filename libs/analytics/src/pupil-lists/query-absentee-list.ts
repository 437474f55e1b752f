import { absenceRates, attendedSessions, emptySessionCounts, type IsoDate } from '@attendance/domain';
import type { CohortChoice } from '../la-overview/period-enrolment-weeks.sql.js';
import { classifiedEnrolmentsParams } from '../cohort-measures/classified-enrolments.sql.js';
import { periodEnrolmentSessionsSql } from '../la-overview/period-enrolment-sessions.sql.js';
import { readPeriod } from '../la-overview/read-period.js';
import type { AnalyticsScope } from '../scope/analytics-scope.js';
import { isScoped } from '../scope/scope-filter.sql.js';
import type { AnalyticsStore } from '../store/analytics-store.js';
import { ABSENTEE_SORTS, absenteeListSql, type AbsenteeSort } from './absentee-list.sql.js';
import { pupilListRequest, seesNoSchool } from './pupil-list-request.js';

export interface AbsenteeListParams {
  /** Persistent absentees (10%+, severe ones included) or severe absentees only (50%+). */
  list: 'persistent' | 'severe';
  from?: IsoDate;
  to?: IsoDate;
  cohort?: CohortChoice;
  scope?: AnalyticsScope;
  /** Default lowest attendance first. */
  sort?: AbsenteeSort;
  /** Default 50 a page, at most 500. */
  limit?: number;
  offset?: number;
}

export interface Absentee {
  urn: string;
  schoolName: string;
  upn: string;
  /** The store's id of the pupil (pupils.pupil_id, never changed): refers to the pupil without the UPN. */
  pupilId: number;
  yearGroup: string | null;
  possibleSessions: number;
  attendedSessions: number;
  authorisedSessions: number;
  unauthorisedSessions: number;
  attendanceRate: number;
  severe: boolean;
}

export interface AbsenteeList {
  academicYear: number;
  start: IsoDate;
  end: IsoDate;
  dataAsOf: IsoDate | null;
  /** How many enrolments the whole list holds (every page). */
  length: number;
  pupils: Absentee[];
}

/**
 * The period's persistently or severely absent enrolments (DfE definitions, as counted for every figure),
 * sorted and paged. Pupil-level data: refused unless the scope allows it.
 */
export async function queryAbsenteeList(
  store: AnalyticsStore,
  params: AbsenteeListParams,
): Promise<AbsenteeList> {
  const { scope, sort, limit, offset } = pupilListRequest(params, ABSENTEE_SORTS, 'attendance');

  return store.read(async (session) => {
    const { period, dataAsOf, weeks } = await readPeriod(session, params);
    const base = { academicYear: period.academicYear, start: period.start, end: period.end, dataAsOf };
    if (seesNoSchool(scope)) return { ...base, length: 0, pupils: [] };
    const source = periodEnrolmentSessionsSql(weeks, params.cohort ?? 'statutory', isScoped(scope));
    const sql = absenteeListSql({
      severeOnly: params.list === 'severe',
      sort,
    });
    const rows = await session.all(source.withClause + sql, {
      ...source.params,
      ...classifiedEnrolmentsParams(scope),
      limit,
      offset,
    });
    const length = Number(rows[0]?.['list_length'] ?? 0);
    const pupils = rows.map((row): Absentee => {
      const counts = {
        ...emptySessionCounts(),
        possible: Number(row['possible']),
        present: Number(row['present']),
        approvedEducationalActivity: Number(row['approved_educational_activity']),
        authorised: Number(row['authorised']),
        unauthorised: Number(row['unauthorised']),
      };
      return {
        urn: String(row['urn']),
        schoolName: String(row['school_name']),
        upn: String(row['upn']),
        pupilId: Number(row['pupil_id']),
        yearGroup: (row['nc_year'] ?? null) as string | null,
        possibleSessions: counts.possible,
        attendedSessions: attendedSessions(counts),
        authorisedSessions: counts.authorised,
        unauthorisedSessions: counts.unauthorised,
        attendanceRate: absenceRates(counts)?.attendanceRate ?? 0,
        severe: row['is_severe'] === true,
      };
    });
    return { ...base, length, pupils };
  });
}
