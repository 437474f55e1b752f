// The detailed path's view of staged_marks (text) per session date, the same shape as STAGED_MARK_DATES_SQL's
// date columns, so the loader's date rules (session-date-rules.ts) judge both paths alike. Texts that are not
// dates are the bad-date check's business (validate-marks.sql.ts) and are left out here.
export const STAGED_TEXT_MARK_DATES_SQL = `
SELECT
  date AS date_text,
  iso_date_or_null(date) AS session_date,
  count(*) AS marks,
  min(rowid) + 2 AS first_line,
  count(*) FILTER (WHERE mark IS DISTINCT FROM $closure) AS register_marks,
  min(rowid) FILTER (WHERE mark IS DISTINCT FROM $closure) + 2 AS first_register_line
FROM staged_marks
WHERE iso_date_or_null(date) IS NOT NULL
GROUP BY date
ORDER BY session_date
`;
