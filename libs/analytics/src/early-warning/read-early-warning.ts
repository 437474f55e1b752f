import { LIST, VARCHAR, listValue } from '@duckdb/node-api';
import {
  academicYearBounds,
  addDays,
  defaultLaTermCalendar,
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
import { seesNoSchool } from '../pupil-lists/pupil-list-request.js';
import { isScoped, scopeParams } from '../scope/scope-filter.sql.js';
import type { AnalyticsScope } from '../scope/analytics-scope.js';
import type { SqlParams, SqlSession } from '../store/sql-session.js';
import type { SqlRow } from '../store/sql-values.js';
import { earlyWarningSql, type EarlyWarningSort } from './early-warning.sql.js';
import type { EarlyWarningList, EarlyWarningPupil } from './query-early-warning.js';

// The early-warning list read in a session the caller holds, its request already checked: queryEarlyWarning
// reads it on its own, the pupil record reads one pupil's row of it (onlyPupilId) in the record's snapshot.

export interface EarlyWarningRead {
  asOf: IsoDate | undefined;
  scope: AnalyticsScope;
  sort: EarlyWarningSort;
  flaggedOnly: boolean;
  model: EarlyWarningModel;
  limit: number;
  offset: number;
  /** Only this pupil's row on the page (with the scope of their one school). */
  onlyPupilId?: number;
}

export async function readEarlyWarning(
  session: SqlSession,
  request: EarlyWarningRead,
): Promise<EarlyWarningList> {
  const { scope, sort, flaggedOnly, model, limit, offset } = request;
  const { period, dataAsOf, weeks } = await readPeriod(session, { to: request.asOf });
  // Days after the latest mark have no data yet: they are still to come, not absent.
  const asOf = dataAsOf !== null && dataAsOf >= period.start && dataAsOf < period.end ? dataAsOf : period.end;
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
  const onePupil = request.onlyPupilId !== undefined;
  const source = periodEnrolmentSessionsSql(weeks, 'statutory', isScoped(scope));
  const sql = earlyWarningSql({ scoped: isScoped(scope), flaggedOnly, sort, onePupil });
  const queryParams: SqlParams = {
    ...source.params,
    ...scopeParams(scope),
    ...(onePupil ? { only_pupil_id: request.onlyPupilId } : {}),
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
