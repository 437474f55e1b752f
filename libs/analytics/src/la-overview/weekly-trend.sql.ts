// Statutory-cohort session counts per calendar week (Monday start, as date_trunc('week') gives) in a period;
// only weeks with possible sessions appear. Categories as in enrolment-measures.sql.ts.
export const WEEKLY_TREND_SQL = `
SELECT
  CAST(date_trunc('week', session_date) AS DATE) AS week_start,
  count(*) AS possible,
  count(*) FILTER (WHERE category = 'present') AS present,
  count(*) FILTER (WHERE category = 'approved-educational-activity') AS approved_educational_activity,
  count(*) FILTER (WHERE category = 'authorised-absence') AS authorised,
  count(*) FILTER (WHERE category = 'unauthorised-absence') AS unauthorised
FROM statutory_cohort_sessions
WHERE session_date BETWEEN CAST($period_start AS DATE) AND CAST($period_end AS DATE)
  AND category IN ('present', 'approved-educational-activity', 'authorised-absence', 'unauthorised-absence')
GROUP BY week_start
ORDER BY week_start
`;
