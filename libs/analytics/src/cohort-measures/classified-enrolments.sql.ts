import { DFE_REASON_COLUMNS } from '@attendance/domain';
import { ABSENCE_THRESHOLD_PARAMS } from '../la-overview/absence-threshold-params.js';
import type { AnalyticsScope } from '../scope/analytics-scope.js';
import { scopeCondition, scopeParams } from '../scope/scope-filter.sql.js';
import type { SqlParams } from '../store/sql-session.js';

// Each enrolment's session counts for the period (follows the WITH clause of period-enrolment-weeks.sql.ts,
// its `cohort_weeks`), every DfE reason column included, judged persistently and severely absent against its
// own possible sessions in whole numbers (absent x 100 >= threshold x possible, thresholds from the domain);
// enrolments with no possible sessions are left out. With `scoped`, only the schools in $scope_urns. Shared by
// the breakdowns and the pupil lists, so both count an enrolment alike.
export function classifiedEnrolmentsSql(scoped: boolean): string {
  return `
,
enrolment_sessions AS (
  SELECT
    school_id,
    pupil_id,
    sum(possible) AS possible,
    sum(present) AS present,
    sum(approved_educational_activity) AS approved_educational_activity,
    sum(authorised) AS authorised,
    sum(unauthorised) AS unauthorised,
    ${DFE_REASON_COLUMNS.map((column) => `sum(${column}) AS ${column}`).join(',\n    ')}
  FROM cohort_weeks
  ${scoped ? `WHERE ${scopeCondition()}` : ''}
  GROUP BY school_id, pupil_id
  HAVING sum(possible) > 0
),
classified_enrolments AS (
  SELECT
    *,
    (authorised + unauthorised) * 100 >= $persistent_threshold_percent * possible AS is_persistent,
    (authorised + unauthorised) * 100 >= $severe_threshold_percent * possible AS is_severe
  FROM enrolment_sessions
)`;
}

/** The parameters of classifiedEnrolmentsSql for a scope (its schools, unless it sees every school). */
export function classifiedEnrolmentsParams(scope: AnalyticsScope): SqlParams {
  return { ...ABSENCE_THRESHOLD_PARAMS, ...scopeParams(scope) };
}
