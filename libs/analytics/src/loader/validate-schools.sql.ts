// Problems in staged_schools, first $limit in file order, each with the total count. Every problem query
// returns the same columns: line, column_name, value, problem and context (first_line, upn, session_date).
export const VALIDATE_SCHOOLS_SQL = `
WITH schools AS (
  SELECT rowid + 2 AS line, * FROM staged_schools
),
required_values AS (
  SELECT line, 'urn' AS column_name, urn AS value FROM schools
  UNION ALL SELECT line, 'laestab', laestab FROM schools
  UNION ALL SELECT line, 'name', name FROM schools
  UNION ALL SELECT line, 'phase', phase FROM schools
  UNION ALL SELECT line, 'type', type FROM schools
),
problems AS (
  SELECT line, column_name, value, 'missing-value' AS problem, NULL::BIGINT AS first_line
  FROM required_values WHERE value IS NULL
  UNION ALL
  SELECT line, 'urn', urn, 'duplicate-school', first_line
  FROM (SELECT line, urn, min(line) OVER (PARTITION BY urn) AS first_line FROM schools WHERE urn IS NOT NULL)
  WHERE line > first_line
)
SELECT line, column_name, value, problem, first_line, NULL AS upn, NULL AS session_date,
  count(*) OVER () AS problem_count
FROM problems
ORDER BY line, column_name
LIMIT $limit
`;
