// Pupils on roll on some date the export's marks cover (from the first to the last session date in the marks
// file) who have no mark at all: the register has left them out. First $limit in pupils-file order, each
// with the total count (columns as in validate-schools.sql.ts). Both files staged as text and checked.
export const VALIDATE_PUPILS_WITHOUT_MARKS_SQL = `
WITH export_dates AS (
  SELECT min(iso_date_or_null(date)) AS first_date, max(iso_date_or_null(date)) AS last_date FROM staged_marks
),
problems AS (
  SELECT p.rowid + 2 AS line, 'upn' AS column_name, p.upn AS value, 'pupil-without-marks' AS problem,
    p.upn, d.first_date, d.last_date
  FROM staged_pupils AS p, export_dates AS d
  WHERE p.upn IS NOT NULL
    AND iso_date_or_null(p.admission_date) <= d.last_date
    AND (p.leaving_date IS NULL OR iso_date_or_null(p.leaving_date) >= d.first_date)
    AND p.upn NOT IN (SELECT upn FROM staged_marks WHERE upn IS NOT NULL)
)
SELECT line, column_name, value, problem, NULL::BIGINT AS first_line, upn, NULL::DATE AS session_date,
  first_date, last_date, count(*) OVER () AS problem_count
FROM problems
ORDER BY line
LIMIT $limit
`;
