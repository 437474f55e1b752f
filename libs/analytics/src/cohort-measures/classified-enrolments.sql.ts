import { ABSENCE_THRESHOLD_PARAMS } from '../la-overview/absence-threshold-params.js';
import type { AnalyticsScope } from '../scope/analytics-scope.js';
import { scopeParams } from '../scope/scope-filter.sql.js';
import type { SqlParams } from '../store/sql-session.js';

// Each enrolment's session counts for the period (follows the WITH clause of period-enrolment-sessions.sql.ts,
// its `enrolment_sessions`: every DfE reason column, enrolments with possible sessions, in the scope), judged
// persistently and severely absent against its own possible sessions in whole numbers (absent x 100 >=
// threshold x possible, thresholds from the domain). Shared by the overview, the breakdowns and the pupil
// lists, so all of them judge an enrolment alike.
export const CLASSIFIED_ENROLMENTS_SQL = `,
classified_enrolments AS (
  SELECT
    *,
    (authorised + unauthorised) * 100 >= $persistent_threshold_percent * possible AS is_persistent,
    (authorised + unauthorised) * 100 >= $severe_threshold_percent * possible AS is_severe
  FROM enrolment_sessions
)`;

/** The parameters of CLASSIFIED_ENROLMENTS_SQL and its scope (its schools, unless it sees every school). */
export function classifiedEnrolmentsParams(scope: AnalyticsScope): SqlParams {
  return { ...ABSENCE_THRESHOLD_PARAMS, ...scopeParams(scope) };
}
