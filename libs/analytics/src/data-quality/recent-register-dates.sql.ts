// The LA's most recent register dates: the last $days dates on which any school recorded marks, from the marks
// since a floor that keeps every one of them. Marks are stored in date order per school, so a DATE floor (not
// a TIMESTAMP, which would be compared row by row after reading every mark) skips all but the last weeks' row
// groups. The floor is the latest week that, with the weeks after it, surely holds $days register dates (each
// week at least the most school_days any school had in it: dates with a mark other than # and Z), and never
// more than 62 days before the latest mark (a summer holiday's worth).
export const RECENT_REGISTER_DATES_SQL = `
WITH latest AS (
  SELECT max(last_mark_date) AS last_date FROM school_weeks
),
weeks_held AS (
  SELECT sw.week_start, max(sw.school_days) AS dates
  FROM school_weeks AS sw, latest
  WHERE sw.week_start >= latest.last_date - 62 - 6
  GROUP BY sw.week_start
),
held_since AS (
  SELECT week_start, sum(dates) OVER (ORDER BY week_start DESC) AS dates FROM weeks_held
),
floor AS (
  SELECT greatest(
    any_value(l.last_date) - 62,
    coalesce(max(h.week_start) FILTER (WHERE h.dates >= $days), any_value(l.last_date) - 62)
  ) AS from_date
  FROM latest AS l, held_since AS h
)
SELECT strftime(session_date, '%Y-%m-%d') AS register_date
FROM (
  SELECT DISTINCT session_date
  FROM marks
  WHERE session_date >= (SELECT from_date FROM floor)
)
ORDER BY session_date DESC
LIMIT $days
`;
