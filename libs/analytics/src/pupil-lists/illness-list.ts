import { DEFAULT_PUPIL_DAYS_PER_YEAR, type IsoDate } from '@attendance/domain';
import type { CohortChoice } from '../la-overview/period-enrolment-weeks.sql.js';
import { periodEnrolmentSessionsSql } from '../la-overview/period-enrolment-sessions.sql.js';
import { readPeriod } from '../la-overview/read-period.js';
import type { AnalyticsScope } from '../scope/analytics-scope.js';
import { isScoped, scopeParams } from '../scope/scope-filter.sql.js';
import type { AnalyticsStore } from '../store/analytics-store.js';
import { ILLNESS_SORTS, illnessListSql, type IllnessSort } from './illness-list.sql.js';
import { pupilListRequest, seesNoSchool } from './pupil-list-request.js';

// A day is two sessions (AM and PM), so the section 19 threshold of 15 days is 30 illness sessions; days are
// reported as sessions / 2, which gives a half day for an odd number of sessions (never rounded up to reach
// the threshold).
export const SESSIONS_PER_DAY = 2;
export const SECTION_19_ILLNESS_DAYS = 15;

export interface IllnessListParams {
  /** Whole days of illness (I) from which a pupil is listed: 1 to 190, default 15 (section 19). */
  minimumDays?: number;
  /** As for every figure: default the academic year to date, inside one academic year. */
  from?: IsoDate;
  to?: IsoDate;
  cohort?: CohortChoice;
  scope?: AnalyticsScope;
  /**
   * List only this school's enrolments (a URN; the school page), still totalling each pupil's illness over
   * every school of the scope. Default: every school of the scope.
   */
  listedSchool?: string;
  /** Default the most illness first (the pupil's total, then the enrolment's own). */
  sort?: IllnessSort;
  limit?: number;
  offset?: number;
}

export interface IllnessAbsentee {
  urn: string;
  schoolName: string;
  upn: string;
  /** The store's id of the pupil (pupils.pupil_id, never changed): refers to the pupil without the UPN. */
  pupilId: number;
  yearGroup: string | null;
  possibleSessions: number;
  /** Illness sessions recorded by this school. */
  illnessSessions: number;
  illnessDays: number;
  /** Illness sessions over all of the pupil's enrolments in the scope (two with dual registration). */
  pupilIllnessSessions: number;
  pupilIllnessDays: number;
  /** How many enrolments the pupil's total covers. */
  pupilEnrolments: number;
  /** Monday of the latest week with illness at this school; null when this school recorded none. */
  latestIllnessWeek: IsoDate | null;
}

export interface IllnessList {
  academicYear: number;
  start: IsoDate;
  end: IsoDate;
  dataAsOf: IsoDate | null;
  minimumDays: number;
  minimumSessions: number;
  length: number;
  pupils: IllnessAbsentee[];
}

/**
 * Enrolments of pupils with at least `minimumDays` days of illness absence in the period (see
 * illness-list.sql.ts), sorted and paged. Pupil-level data: refused unless the scope allows it.
 */
export async function queryIllnessList(
  store: AnalyticsStore,
  params: IllnessListParams = {},
): Promise<IllnessList> {
  const { scope, sort, limit, offset } = pupilListRequest(params, ILLNESS_SORTS, 'illness');
  const minimumDays = params.minimumDays ?? SECTION_19_ILLNESS_DAYS;
  if (!Number.isInteger(minimumDays) || minimumDays < 1 || minimumDays > DEFAULT_PUPIL_DAYS_PER_YEAR) {
    throw new RangeError(
      `minimumDays must be a whole number of days from 1 to ${DEFAULT_PUPIL_DAYS_PER_YEAR}, got ${minimumDays}`,
    );
  }
  const minimumSessions = minimumDays * SESSIONS_PER_DAY;

  return store.read(async (session) => {
    const { period, dataAsOf, weeks } = await readPeriod(session, params);
    const base = {
      academicYear: period.academicYear,
      start: period.start,
      end: period.end,
      dataAsOf,
      minimumDays,
      minimumSessions,
    };
    if (seesNoSchool(scope)) return { ...base, length: 0, pupils: [] };
    const source = periodEnrolmentSessionsSql(weeks, params.cohort ?? 'statutory', isScoped(scope));
    const oneSchoolListed = params.listedSchool !== undefined;
    const rows = await session.all(source.withClause + illnessListSql({ sort, oneSchoolListed }), {
      ...source.params,
      ...scopeParams(scope),
      ...(oneSchoolListed ? { listed_urn: params.listedSchool } : {}),
      minimum_sessions: minimumSessions,
      limit,
      offset,
    });
    const pupils = rows.map((row): IllnessAbsentee => {
      const illnessSessions = Number(row['illness_sessions']);
      const pupilIllnessSessions = Number(row['pupil_illness_sessions']);
      return {
        urn: String(row['urn']),
        schoolName: String(row['school_name']),
        upn: String(row['upn']),
        pupilId: Number(row['pupil_id']),
        yearGroup: (row['nc_year'] ?? null) as string | null,
        possibleSessions: Number(row['possible']),
        illnessSessions,
        illnessDays: illnessSessions / SESSIONS_PER_DAY,
        pupilIllnessSessions,
        pupilIllnessDays: pupilIllnessSessions / SESSIONS_PER_DAY,
        pupilEnrolments: Number(row['pupil_enrolments']),
        latestIllnessWeek: (row['latest_illness_week'] ?? null) as IsoDate | null,
      };
    });
    return { ...base, length: Number(rows[0]?.['list_length'] ?? 0), pupils };
  });
}
