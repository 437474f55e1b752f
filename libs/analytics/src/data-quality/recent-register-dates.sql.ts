// The LA's most recent register dates: the last $days dates on which any school recorded marks. Marks are
// stored in date order per school, so the date filter skips all but the last weeks' row groups.
export const RECENT_REGISTER_DATES_SQL = `
SELECT strftime(session_date, '%Y-%m-%d') AS register_date
FROM (
  SELECT DISTINCT session_date
  FROM marks
  WHERE session_date >= (SELECT max(last_mark_date) FROM school_weeks) - INTERVAL 62 DAY
)
ORDER BY session_date DESC
LIMIT $days
`;
