import { absenceRates, attendedSessions, emptySessionCounts, type IsoDate } from '@attendance/domain';
import type { CohortChoice } from '../la-overview/period-enrolment-weeks.sql.js';
import { classifiedEnrolmentsParams } from '../cohort-measures/classified-enrolments.sql.js';
import { periodEnrolmentWeeksSql } from '../la-overview/period-enrolment-weeks.sql.js';
import { readPeriod } from '../la-overview/read-period.js';
import { WHOLE_LA_SCOPE, type AnalyticsScope } from '../scope/analytics-scope.js';
import type { AnalyticsStore } from '../store/analytics-store.js';
import { ABSENTEE_SORTS, absenteeListSql, type AbsenteeSort } from './absentee-list.sql.js';

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

/** Thrown when a scope without pupil-level access asks for a list of pupils. */
export class PupilLevelAccessError extends Error {
  override name = 'PupilLevelAccessError';
}

export const MAX_LIST_PAGE = 500;

/**
 * The period's persistently or severely absent enrolments (DfE definitions, as counted for every figure),
 * sorted and paged. Pupil-level data: refused unless the scope allows it.
 */
export async function queryAbsenteeList(
  store: AnalyticsStore,
  params: AbsenteeListParams,
): Promise<AbsenteeList> {
  const scope = params.scope ?? WHOLE_LA_SCOPE;
  if (!scope.pupilLevel)
    throw new PupilLevelAccessError('This scope may see aggregate figures only, not pupils');
  const sort = params.sort ?? 'attendance';
  if (!(sort in ABSENTEE_SORTS)) throw new RangeError(`Unknown sort "${sort}"`);
  const limit = params.limit ?? 50;
  const offset = params.offset ?? 0;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIST_PAGE) {
    throw new RangeError(`limit must be a whole number from 1 to ${MAX_LIST_PAGE}, got ${limit}`);
  }
  if (!Number.isInteger(offset) || offset < 0)
    throw new RangeError(`offset must be 0 or more, got ${offset}`);

  return store.read(async (session) => {
    const { period, dataAsOf, weeks } = await readPeriod(session, params);
    const base = { academicYear: period.academicYear, start: period.start, end: period.end, dataAsOf };
    if (scope.schools !== 'all' && scope.schools.length === 0) return { ...base, length: 0, pupils: [] };
    const source = periodEnrolmentWeeksSql(weeks, params.cohort ?? 'statutory');
    const sql = absenteeListSql({
      scoped: scope.schools !== 'all',
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
