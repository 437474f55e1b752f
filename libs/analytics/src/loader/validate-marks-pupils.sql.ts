// Pupils with marks but no row in the same export's pupils file: one problem per pupil, at its first mark,
// first $limit in file order, each with the total count (columns as in validate-schools.sql.ts).
export const VALIDATE_MARKS_PUPILS_SQL = `
WITH marks AS (
  SELECT rowid + 2 AS line, upn FROM staged_marks WHERE upn IS NOT NULL
),
problems AS (
  SELECT min(line) AS line, 'upn' AS column_name, upn AS value, 'pupil-not-in-pupils-file' AS problem
  FROM marks
  WHERE upn NOT IN (SELECT upn FROM staged_pupils WHERE upn IS NOT NULL)
  GROUP BY upn
)
SELECT line, column_name, value, problem, NULL::BIGINT AS first_line, value AS upn, NULL::DATE AS session_date,
  count(*) OVER () AS problem_count
FROM problems
ORDER BY line, column_name
LIMIT $limit
`;
