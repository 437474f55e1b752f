// The overview of a whole academic year (or the year to date: no marks lie after the period), read from the
// rollups the loader keeps (cohort_enrolment_years, school_weeks) instead of a row per pupil per week. Same
// columns and definitions as enrolment-measures.sql.ts, weekly-trend.sql.ts and schools-in-period.sql.ts;
// tests check the two ways agree.
export const WHOLE_YEAR_ENROLMENT_MEASURES_SQL = `
WITH classified_enrolments AS (
  SELECT
    *,
    (authorised + unauthorised) * 100 >= $persistent_threshold_percent * possible AS is_persistent,
    (authorised + unauthorised) * 100 >= $severe_threshold_percent * possible AS is_severe
  FROM cohort_enrolment_years
  WHERE academic_year = $academic_year AND possible > 0
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

export const WHOLE_YEAR_WEEKLY_TREND_SQL = `
SELECT
  week_start,
  sum(possible) AS possible,
  sum(present) AS present,
  sum(approved_educational_activity) AS approved_educational_activity,
  sum(authorised) AS authorised,
  sum(unauthorised) AS unauthorised
FROM school_weeks
WHERE academic_year = $academic_year
GROUP BY week_start
HAVING sum(possible) > 0
ORDER BY week_start
`;

export const WHOLE_YEAR_SCHOOLS_SQL = `
SELECT s.urn, s.name, s.phase, s.type, latest.last_mark_date
FROM schools AS s
LEFT JOIN (
  SELECT school_id, max(last_mark_date) AS last_mark_date
  FROM school_weeks
  WHERE academic_year = $academic_year
  GROUP BY school_id
) AS latest ON latest.school_id = s.school_id
ORDER BY s.name COLLATE NOCASE, s.urn
`;
