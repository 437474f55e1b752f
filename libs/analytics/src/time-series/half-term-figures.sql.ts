import { scopeCondition } from '../scope/scope-filter.sql.js';

// Every half term's figures in one pass over a run of weeks: the period's cohort_weeks (follows the WITH clause
// of la-overview/period-enrolment-weeks.sql.ts) placed in the LA half term of academic year $academic_year whose
// weeks hold them (its first day's Monday to its last day's week; see date-ranges.ts halfTermWeeks; holiday
// weeks fall in none and are left out), summed per enrolment per half term, each enrolment judged persistently
// or severely absent over its own sessions in that half term with the comparison every figure uses
// (cohort-measures/classified-enrolments.sql.ts: absent x 100 >= threshold x possible, thresholds from the
// domain), then totalled per half term. Enrolments without possible sessions in a half term are left out of it,
// so `enrolments` is the denominator of its persistent and severe absence rates. With `scoped`, only the schools
// of $scope_urns.
export function halfTermFiguresSql(scoped: boolean): string {
  return `
,
half_term_weeks AS (
  SELECT h.number AS half_term, w.*
  FROM cohort_weeks AS w
  JOIN half_terms AS h
    ON h.academic_year = $academic_year
   AND w.week_start BETWEEN week_start_of(h.start_date) AND h.end_date
  ${scoped ? `WHERE ${scopeCondition('w.school_id')}` : ''}
),
enrolment_half_terms AS (
  SELECT
    half_term,
    school_id,
    pupil_id,
    sum(possible) AS possible,
    sum(present) AS present,
    sum(approved_educational_activity) AS approved_educational_activity,
    sum(authorised) AS authorised,
    sum(unauthorised) AS unauthorised
  FROM half_term_weeks
  GROUP BY half_term, school_id, pupil_id
  HAVING sum(possible) > 0
)
SELECT
  half_term,
  count(*) AS enrolments,
  sum(possible) AS possible,
  sum(present) AS present,
  sum(approved_educational_activity) AS approved_educational_activity,
  sum(authorised) AS authorised,
  sum(unauthorised) AS unauthorised,
  count(*) FILTER (WHERE (authorised + unauthorised) * 100 >= $persistent_threshold_percent * possible)
    AS persistent_absentees,
  count(*) FILTER (WHERE (authorised + unauthorised) * 100 >= $severe_threshold_percent * possible)
    AS severe_absentees
FROM enrolment_half_terms
GROUP BY half_term
ORDER BY half_term
`;
}
