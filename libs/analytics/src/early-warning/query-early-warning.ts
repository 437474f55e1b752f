import { LIST, VARCHAR, listValue } from '@duckdb/node-api';
import {
  academicYearBounds,
  addDays,
  assertEarlyWarningModel,
  defaultLaTermCalendar,
  EARLY_WARNING_MODEL,
  isValidIsoDate,
  PERSISTENT_ABSENCE_THRESHOLD_PERCENT,
  recentWeeksFrom,
  remainingSchoolDays,
  SchoolCalendar,
  SESSIONS_PER_SCHOOL_DAY,
  sixthHalfTermStart,
  STATUTORY_COHORT_MAX_AGE,
  type EarlyWarningModel,
  type IsoDate,
} from '@attendance/domain';
import { periodEnrolmentSessionsSql } from '../la-overview/period-enrolment-sessions.sql.js';
import { readPeriod } from '../la-overview/read-period.js';
import { pupilListRequest, seesNoSchool } from '../pupil-lists/pupil-list-request.js';
import { isScoped, scopeParams } from '../scope/scope-filter.sql.js';
import type { AnalyticsScope } from '../scope/analytics-scope.js';
import type { AnalyticsStore } from '../store/analytics-store.js';
import type { SqlParams } from '../store/sql-session.js';
import type { SqlRow } from '../store/sql-values.js';
import { EARLY_WARNING_SORTS, earlyWarningSql, type EarlyWarningSort } from './early-warning.sql.js';

export interface EarlyWarningParams {
  /** The last date counted (default and at most the latest mark); the projection is to the end of its year. */
  asOf?: IsoDate;
  scope?: AnalyticsScope;
  /** Default lowest projected attendance first. */
  sort?: EarlyWarningSort;
  /** Only pupils likely to become persistently absent (default: every enrolment). */
  flaggedOnly?: boolean;
  /** A member of the domain's early-warning family (default the shipped EARLY_WARNING_MODEL). */
  model?: EarlyWarningModel;
  /** Default 50 a page, at most 500. */
  limit?: number;
  offset?: number;
}

/** One statutory-cohort enrolment's year so far and where it is heading (see the domain's projectEndOfYear). */
export interface EarlyWarningPupil {
  urn: string;
  schoolName: string;
  upn: string;
  /** The store's id of the pupil (pupils.pupil_id, never changed): refers to the pupil without the UPN. */
  pupilId: number;
  yearGroup: string | null;
  possibleSessions: number;
  attendedSessions: number;
  attendanceRate: number;
  recentPossibleSessions: number;
  recentAttendedSessions: number;
  recentAttendanceRate: number | null;
  /** The school's statutory-cohort attendance so far, percent, to a tenth (the one the projection uses). */
  schoolAttendanceRate: number;
  expectedAttendanceRate: number;
  remainingPossibleSessions: number;
  projectedAttendanceRate: number;
  /** The projected absence, percent, this pupil is flagged from (the margin shrinks as the year goes on). */
  flagFromProjectedAbsencePercent: number;
  alreadyPersistent: boolean;
  likelyPersistent: boolean;
}

export interface EarlyWarningList {
  academicYear: number;
  /** First day of the year to date. */
  start: IsoDate;
  /** The last date counted: the one asked for, or the latest mark when that is earlier. */
  asOf: IsoDate;
  dataAsOf: IsoDate | null;
  /** The recent rate counts the weeks from this Monday (the last RECENT_SCHOOL_WEEKS school weeks); null: none yet. */
  recentFrom: IsoDate | null;
  /** The model the list was made with. */
  model: EarlyWarningModel;
  /** Statutory-cohort enrolments with a possible session so far, in scope. */
  enrolments: number;
  alreadyPersistent: number;
  likelyPersistent: number;
  /** How many pupils the whole list holds (every page): the flagged ones with `flaggedOnly`, else every enrolment. */
  length: number;
  pupils: EarlyWarningPupil[];
}

/**
 * Every statutory-cohort enrolment's attendance so far, recent rate, school rate, projected end-of-year
 * attendance and early-warning flag, computed in SQL exactly as the domain's projectEndOfYear defines them for
 * the model (default the shipped one; another member of the family for its evaluation), sorted and paged,
 * with how many are already or likely to become persistently absent. Remaining sessions come from the LA
 * term calendar (the one the store's half terms come from). Pupil-level: refused unless the scope allows it.
 */
export async function queryEarlyWarning(
  store: AnalyticsStore,
  params: EarlyWarningParams = {},
): Promise<EarlyWarningList> {
  const { scope, sort, limit, offset } = pupilListRequest(params, EARLY_WARNING_SORTS, 'projected');
  const model = params.model ?? EARLY_WARNING_MODEL;
  assertEarlyWarningModel(model);
  if (params.asOf !== undefined && !isValidIsoDate(params.asOf)) {
    throw new RangeError(`asOf must be a real date as YYYY-MM-DD, got "${params.asOf}"`);
  }

  return store.read(async (session) => {
    const { period, dataAsOf, weeks } = await readPeriod(session, { to: params.asOf });
    // Days after the latest mark have no data yet: they are still to come, not absent.
    const asOf =
      dataAsOf !== null && dataAsOf >= period.start && dataAsOf < period.end ? dataAsOf : period.end;
    const calendar = SchoolCalendar.fromTermConfig(defaultLaTermCalendar(period.academicYear));
    const recentFrom = recentWeeksFrom(calendar, asOf);
    const base = {
      academicYear: period.academicYear,
      start: period.start,
      asOf,
      dataAsOf,
      recentFrom,
      model,
    };
    if (seesNoSchool(scope)) {
      return { ...base, enrolments: 0, alreadyPersistent: 0, likelyPersistent: 0, length: 0, pupils: [] };
    }
    const flaggedOnly = params.flaggedOnly ?? false;
    const source = periodEnrolmentSessionsSql(weeks, 'statutory', isScoped(scope));
    const sql = earlyWarningSql({ scoped: isScoped(scope), flaggedOnly, sort });
    const queryParams: SqlParams = {
      ...source.params,
      ...scopeParams(scope),
      recent_from: recentFrom,
      remaining_days: listValue(remainingSchoolDays(calendar, asOf)),
      // A calendar without a sixth half term leaves nothing out: it "starts" after the year.
      sixth_half_term_start:
        sixthHalfTermStart(calendar, asOf) ?? addDays(academicYearBounds(period.academicYear).end, 1),
      sixth_half_term_excluded_age: STATUTORY_COHORT_MAX_AGE,
      sessions_per_school_day: SESSIONS_PER_SCHOOL_DAY,
      recent_weight_quarters: model.recentWeightQuarters,
      school_weight_tenths: model.schoolWeightTenths,
      flag_margin_tenths: model.flagMarginTenths,
      recent_absence_flag_percent: model.recentAbsenceFlagPercent,
      persistent_threshold_percent: PERSISTENT_ABSENCE_THRESHOLD_PERCENT,
      limit,
      offset,
    };
    // Typed: after the last school day the list is empty, and DuckDB cannot tell an empty list's item type.
    const rows = await session.all(source.withClause + sql, queryParams, { remaining_days: LIST(VARCHAR) });
    const totals = rows[0];
    const likelyPersistent = Number(totals?.['likely_persistent_count'] ?? 0);
    const enrolments = Number(totals?.['enrolments'] ?? 0);
    return {
      ...base,
      enrolments,
      alreadyPersistent: Number(totals?.['already_persistent_count'] ?? 0),
      likelyPersistent,
      length: flaggedOnly ? likelyPersistent : enrolments,
      pupils: rows.filter((row) => row['upn'] !== null).map(pupilFromRow),
    };
  });
}

function pupilFromRow(row: SqlRow): EarlyWarningPupil {
  const recentRate = row['recent_attendance_rate'];
  return {
    urn: String(row['urn']),
    schoolName: String(row['school_name']),
    upn: String(row['upn']),
    pupilId: Number(row['pupil_id']),
    yearGroup: (row['nc_year'] ?? null) as string | null,
    possibleSessions: Number(row['possible']),
    attendedSessions: Number(row['attended']),
    attendanceRate: Number(row['attendance_rate']),
    recentPossibleSessions: Number(row['recent_possible']),
    recentAttendedSessions: Number(row['recent_attended']),
    recentAttendanceRate: recentRate === null ? null : Number(recentRate),
    schoolAttendanceRate: Number(row['school_attendance_rate']),
    expectedAttendanceRate: Number(row['expected_attendance_rate']),
    remainingPossibleSessions: Number(row['remaining_possible']),
    projectedAttendanceRate: Number(row['projected_attendance_rate']),
    flagFromProjectedAbsencePercent: Number(row['flag_from_projected_absence_percent']),
    alreadyPersistent: row['already_persistent'] === true,
    likelyPersistent: row['likely_persistent'] === true,
  };
}
