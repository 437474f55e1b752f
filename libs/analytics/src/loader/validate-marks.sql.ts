// Problems in staged_marks on their own, first $limit in file order, each with the total count (columns as
// in validate-schools.sql.ts). A code must be in the code set in force on the session's date: the same
// register_codes join the figures use, so a mark that loads always has a category.
export const VALIDATE_MARKS_SQL = `
WITH marks AS (
  SELECT rowid + 2 AS line, upn, date, session, mark, iso_date_or_null(date) AS session_date FROM staged_marks
),
required_values AS (
  SELECT line, 'upn' AS column_name, upn AS value FROM marks
  UNION ALL SELECT line, 'date', date FROM marks
  UNION ALL SELECT line, 'session', session FROM marks
  UNION ALL SELECT line, 'mark', mark FROM marks
),
problems AS (
  SELECT line, column_name, value, 'missing-value' AS problem, NULL::BIGINT AS first_line, NULL AS upn,
    NULL::DATE AS session_date
  FROM required_values WHERE value IS NULL
  UNION ALL
  SELECT line, 'date', date, 'bad-date', NULL, upn, NULL
  FROM marks WHERE date IS NOT NULL AND session_date IS NULL
  UNION ALL
  SELECT line, 'session', session, 'bad-session', NULL, upn, session_date
  FROM marks WHERE session NOT IN ('AM', 'PM')
  UNION ALL
  SELECT line, 'mark', mark, 'unknown-register-code', NULL, upn, session_date
  FROM marks
  WHERE mark IS NOT NULL
    AND session_date IS NOT NULL
    AND NOT EXISTS (
      SELECT 1
      FROM register_codes AS rc
      WHERE rc.code = marks.mark
        AND (rc.in_force_from IS NULL OR marks.session_date >= rc.in_force_from)
        AND (rc.in_force_to IS NULL OR marks.session_date < rc.in_force_to)
    )
  UNION ALL
  SELECT line, 'session', session, 'duplicate-pupil-session', first_line, upn, session_date
  FROM (
    SELECT line, upn, session_date, session,
      min(line) OVER (PARTITION BY upn, session_date, session) AS first_line
    FROM marks
    WHERE upn IS NOT NULL AND session_date IS NOT NULL AND session IN ('AM', 'PM')
  )
  WHERE line > first_line
)
SELECT line, column_name, value, problem, first_line, upn, session_date, count(*) OVER () AS problem_count
FROM problems
ORDER BY line, column_name
LIMIT $limit
`;
