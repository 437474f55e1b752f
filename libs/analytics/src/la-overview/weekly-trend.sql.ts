// Statutory-cohort session counts per calendar week (Monday start) in a period; only weeks with possible
// sessions appear. Follows the WITH clause of period-enrolment-weeks.sql.ts; categories as in
// enrolment-measures.sql.ts.
export const WEEKLY_TREND_SQL = `
SELECT
  week_start,
  sum(possible) AS possible,
  sum(present) AS present,
  sum(approved_educational_activity) AS approved_educational_activity,
  sum(authorised) AS authorised,
  sum(unauthorised) AS unauthorised
FROM cohort_weeks
GROUP BY week_start
HAVING sum(possible) > 0
ORDER BY week_start
`;
