// staged_marks has passed validate-marks.sql.ts. Rows go in date order so DuckDB's per-block min/max let a
// period filter skip most of the table.
export const INSERT_STAGED_MARKS_SQL = `
INSERT INTO marks (urn, upn, session_date, session, code)
SELECT
  $urn,
  upn,
  iso_date_or_null(date) AS session_date,
  CASE session WHEN 'AM' THEN 0 WHEN 'PM' THEN 1 END AS session_number,
  mark
FROM staged_marks
ORDER BY session_date, upn, session_number
`;
