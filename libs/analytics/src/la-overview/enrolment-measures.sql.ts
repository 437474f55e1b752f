import { scopeCondition } from '../scope/scope-filter.sql.js';

// Session counts and persistent/severe absence for the statutory cohort, for the LA (is_total) and for each
// school, from an `enrolment_sessions` relation (school_id, pupil_id and the session counts of each enrolment
// with possible sessions). DfE definitions (@attendance/domain measures):
// - possible = present + approved educational activity + authorised + unauthorised; not-possible and
//   administrative codes are left out;
// - each enrolment (school, pupil) is judged against its own possible sessions, in whole numbers:
//   absent x 100 >= threshold x possible, thresholds passed in from the domain constants;
// - enrolments with no possible sessions in the period are left out (by the relation).
const MEASURES_FROM_ENROLMENT_SESSIONS_SQL = `
classified_enrolments AS (
  SELECT
    *,
    (authorised + unauthorised) * 100 >= $persistent_threshold_percent * possible AS is_persistent,
    (authorised + unauthorised) * 100 >= $severe_threshold_percent * possible AS is_severe
  FROM enrolment_sessions
)
SELECT
  s.urn,
  GROUPING(s.urn) = 1 AS is_total,
  count(*) AS enrolments,
  coalesce(sum(ce.possible), 0) AS possible,
  coalesce(sum(ce.present), 0) AS present,
  coalesce(sum(ce.approved_educational_activity), 0) AS approved_educational_activity,
  coalesce(sum(ce.authorised), 0) AS authorised,
  coalesce(sum(ce.unauthorised), 0) AS unauthorised,
  count(*) FILTER (WHERE ce.is_persistent) AS persistent_absentees,
  count(*) FILTER (WHERE ce.is_severe) AS severe_absentees
FROM classified_enrolments AS ce
JOIN schools AS s ON s.school_id = ce.school_id
GROUP BY GROUPING SETS ((), (s.urn))
`;

/**
 * Any period: follows the WITH clause of period-enrolment-weeks.sql.ts (its `cohort_weeks`). With `scoped`,
 * only the schools of $scope_urns (scope-filter.sql.ts).
 */
export function enrolmentMeasuresSql(scoped: boolean): string {
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
    sum(unauthorised) AS unauthorised
  FROM cohort_weeks
  ${scoped ? `WHERE ${scopeCondition()}` : ''}
  GROUP BY school_id, pupil_id
  HAVING sum(possible) > 0
),
${MEASURES_FROM_ENROLMENT_SESSIONS_SQL}`;
}

/** A whole academic year (or the year to date), from the loader's yearly rollup cohort_enrolment_years. */
export function wholeYearEnrolmentMeasuresSql(scoped: boolean): string {
  return `
WITH enrolment_sessions AS (
  SELECT * FROM cohort_enrolment_years
  WHERE academic_year = $academic_year AND possible > 0 ${scoped ? `AND ${scopeCondition()}` : ''}
),
${MEASURES_FROM_ENROLMENT_SESSIONS_SQL}`;
}
