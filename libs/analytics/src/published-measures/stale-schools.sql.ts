// What the stale-export rule needs per school: its latest stored mark and how many of the LA's most recent
// register dates ($days of them; see data-quality/recent-register-dates.sql.ts) come after it.
export const SCHOOL_REGISTER_DATES_BEHIND_SQL = `
WITH recent AS (
  SELECT DISTINCT session_date
  FROM marks
  WHERE session_date >= (SELECT max(last_mark_date) FROM school_weeks) - INTERVAL 62 DAY
  ORDER BY session_date DESC
  LIMIT $days
),
latest AS (SELECT school_id, max(last_mark_date) AS last_mark_date FROM school_weeks GROUP BY school_id)
SELECT
  s.urn,
  strftime(latest.last_mark_date, '%Y-%m-%d') AS last_mark_date,
  (SELECT count(*) FROM recent WHERE latest.last_mark_date IS NULL OR recent.session_date > latest.last_mark_date)
    AS register_dates_behind
FROM schools AS s
LEFT JOIN latest ON latest.school_id = s.school_id
ORDER BY s.urn
`;
