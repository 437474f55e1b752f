import { scopeCondition } from '../scope/scope-filter.sql.js';

// The early-warning list (the model: libs/domain/src/early-warning/early-warning-model.ts, whose
// projectEndOfYear is the definition this SQL must match on every row, for every member of its family: the
// model's whole-number parts arrive as parameters). Follows the WITH clause of period-enrolment-sessions.sql.ts
// for the academic year up to the as-of date. Per statutory-cohort enrolment with a possible session:
// - the year-to-date and recent sessions (weeks from $recent_from, the Monday of the earliest of the calendar's
//   latest school weeks; NULL: none);
// - the school's statutory-cohort attendance so far in whole tenths of a percent, rounded half up (every
//   enrolment of the school with a possible session; a scope holds whole schools, so it never changes a
//   school's rate);
// - the sessions still to come: two per school day in $remaining_days up to the leaving date, before
//   $sixth_half_term_start for pupils aged $sixth_half_term_excluded_age (counted once per distinct leaving
//   date and age rule, not per pupil);
// - the expected rate of the rest of the year as a whole-number fraction (the year-to-date rate moved
//   $recent_weight_quarters quarters of the way to the recent rate, held between 0 and 1, then
//   $school_weight_tenths tenths of the way to the school's rate), the projected year scaled by that fraction's
//   denominator, the projected absence the pupil is flagged from (the threshold less $flag_margin_tenths tenths
//   of a point times the share of the pupil's year still to come) as another fraction, and the two flags judged
//   on whole numbers, so no rounding can move a pupil across a line; rates are one division each, as in the
//   domain.
// Then the counts over every enrolment and one page of the list (sorted by a whitelisted order, school and UPN
// breaking ties), joined so the counts arrive even when the page is empty. `onePupil` keeps only the page row
// of $only_pupil_id (the pupil record's projection; its scope is the pupil's school, and a scope holds whole
// schools, so the school's rate and the pupil's row are those of the list).

export const EARLY_WARNING_SORTS = {
  projected: 'projected_attendance_rate ASC',
  attendance: 'attendance_rate ASC',
  recent: 'recent_attendance_rate ASC NULLS LAST',
  school: 'urn ASC',
  yearGroup: 'nc_year ASC',
} as const;

export type EarlyWarningSort = keyof typeof EARLY_WARNING_SORTS;

const BIG = (param: string) => `CAST($${param} AS BIGINT)`;

export function earlyWarningSql(options: {
  scoped: boolean;
  flaggedOnly: boolean;
  sort: EarlyWarningSort;
  onePupil?: boolean;
}): string {
  const pageFilters = [
    ...(options.flaggedOnly ? ['likely_persistent'] : []),
    ...(options.onePupil ? ['pupil_id = $only_pupil_id'] : []),
  ];
  return `
,
recent_progress AS (
  SELECT
    school_id,
    pupil_id,
    sum(possible) AS recent_possible,
    sum(present + approved_educational_activity) AS recent_attended
  FROM cohort_weeks
  WHERE week_start >= CAST($recent_from AS DATE) ${options.scoped ? `AND ${scopeCondition()}` : ''}
  GROUP BY school_id, pupil_id
),
enrolment_progress AS (
  SELECT
    es.school_id,
    es.pupil_id,
    CAST(es.possible AS BIGINT) AS possible,
    CAST(es.present + es.approved_educational_activity AS BIGINT) AS attended,
    CAST(coalesce(rp.recent_possible, 0) AS BIGINT) AS recent_possible,
    CAST(coalesce(rp.recent_attended, 0) AS BIGINT) AS recent_attended
  FROM enrolment_sessions AS es
  LEFT JOIN recent_progress AS rp ON rp.school_id = es.school_id AND rp.pupil_id = es.pupil_id
),
enrolment_details AS (
  SELECT
    p.*,
    s.urn,
    s.name AS school_name,
    e.upn,
    e.nc_year,
    e.leaving_date,
    age_at_year_start($academic_year, e.date_of_birth) = $sixth_half_term_excluded_age
      AS sixth_half_term_excluded
  FROM enrolment_progress AS p
  JOIN enrolments AS e ON e.school_id = p.school_id AND e.pupil_id = p.pupil_id
  JOIN schools AS s ON s.school_id = p.school_id
),
remaining_days AS (
  SELECT unnest(CAST($remaining_days AS DATE[])) AS day
),
remaining_by_rule AS (
  SELECT
    rules.leaving_date,
    rules.sixth_half_term_excluded,
    ${BIG('sessions_per_school_day')} * count(d.day) AS remaining_possible
  FROM (SELECT DISTINCT leaving_date, sixth_half_term_excluded FROM enrolment_details) AS rules
  LEFT JOIN remaining_days AS d
    ON (rules.leaving_date IS NULL OR d.day <= rules.leaving_date)
   AND NOT (rules.sixth_half_term_excluded AND d.day >= CAST($sixth_half_term_start AS DATE))
  GROUP BY rules.leaving_date, rules.sixth_half_term_excluded
),
school_rates AS (
  SELECT
    school_id,
    CAST((2000 * sum(attended) + sum(possible)) // (2 * sum(possible)) AS BIGINT) AS school_permille
  FROM enrolment_progress
  GROUP BY school_id
),
own_rate AS (
  SELECT
    ed.*,
    r.remaining_possible,
    sr.school_permille,
    CASE WHEN ed.recent_possible = 0 THEN ed.possible ELSE 4 * ed.possible * ed.recent_possible END
      AS own_denominator,
    CASE
      WHEN ed.recent_possible = 0 THEN ed.attended
      ELSE greatest(0, least(
        4 * ed.possible * ed.recent_possible,
        (4 - ${BIG('recent_weight_quarters')}) * ed.attended * ed.recent_possible
          + ${BIG('recent_weight_quarters')} * ed.recent_attended * ed.possible
      ))
    END AS own_numerator
  FROM enrolment_details AS ed
  JOIN remaining_by_rule AS r
    ON r.leaving_date IS NOT DISTINCT FROM ed.leaving_date
   AND r.sixth_half_term_excluded = ed.sixth_half_term_excluded
  JOIN school_rates AS sr ON sr.school_id = ed.school_id
),
expected AS (
  SELECT
    *,
    10 * 1000 * own_denominator AS expected_denominator,
    (10 - ${BIG('school_weight_tenths')}) * own_numerator * 1000
      + ${BIG('school_weight_tenths')} * school_permille * own_denominator AS expected_numerator
  FROM own_rate
),
projected AS (
  SELECT
    *,
    (possible + remaining_possible) * expected_denominator AS projected_possible,
    attended * expected_denominator + remaining_possible * expected_numerator AS projected_attended,
    ${BIG('persistent_threshold_percent')} * 10 * (possible + remaining_possible)
      - ${BIG('flag_margin_tenths')} * remaining_possible AS flag_line_numerator,
    (possible - attended) * 100 >= ${BIG('persistent_threshold_percent')} * possible AS already_persistent
  FROM expected
),
judged AS MATERIALIZED (
  SELECT
    urn,
    school_name,
    pupil_id,
    upn,
    nc_year,
    possible,
    attended,
    CAST(attended * 100 AS DOUBLE) / possible AS attendance_rate,
    recent_possible,
    recent_attended,
    CASE WHEN recent_possible > 0 THEN CAST(recent_attended * 100 AS DOUBLE) / recent_possible END
      AS recent_attendance_rate,
    CAST(school_permille AS DOUBLE) / 10 AS school_attendance_rate,
    CAST(expected_numerator * 100 AS DOUBLE) / expected_denominator AS expected_attendance_rate,
    remaining_possible,
    CAST(projected_attended * 100 AS DOUBLE) / projected_possible AS projected_attendance_rate,
    CAST(flag_line_numerator AS DOUBLE) / (10 * (possible + remaining_possible))
      AS flag_from_projected_absence_percent,
    already_persistent,
    NOT already_persistent AND (
      (projected_possible - projected_attended) * 1000 >= flag_line_numerator * expected_denominator
      OR (
        ${BIG('recent_absence_flag_percent')} IS NOT NULL
        AND recent_possible > 0
        AND (recent_possible - recent_attended) * 100 >= ${BIG('recent_absence_flag_percent')} * recent_possible
      )
    ) AS likely_persistent
  FROM projected
),
totals AS (
  SELECT
    count(*) AS enrolments,
    count(*) FILTER (WHERE already_persistent) AS already_persistent_count,
    count(*) FILTER (WHERE likely_persistent) AS likely_persistent_count
  FROM judged
),
page AS (
  SELECT *
  FROM judged
  ${pageFilters.length > 0 ? `WHERE ${pageFilters.join(' AND ')}` : ''}
  ORDER BY ${EARLY_WARNING_SORTS[options.sort]}, urn, upn
  LIMIT $limit OFFSET $offset
)
SELECT totals.*, page.*
FROM totals
LEFT JOIN page ON true
ORDER BY ${EARLY_WARNING_SORTS[options.sort]}, urn, upn
`;
}
