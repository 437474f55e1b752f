// Problems between staged_marks and staged_pupils (both staged as text, both passed their own checks), first
// $limit in file order, each with the total count (columns as in validate-schools.sql.ts):
// - a pupil with marks but no row in the same export's pupils file: one problem at the pupil's first mark;
// - a pupil with marks other than $not_on_roll before the admission date or after the leaving date: one problem
//   per pupil, at the first such mark, with how many there are and the enrolment dates for the message.
export const VALIDATE_MARKS_PUPILS_SQL = `
WITH marks AS (
  SELECT rowid + 2 AS line, upn, date, iso_date_or_null(date) AS session_date, mark
  FROM staged_marks
  WHERE upn IS NOT NULL
),
pupils AS (
  SELECT upn, admission_date, leaving_date,
    iso_date_or_null(admission_date) AS admission, iso_date_or_null(leaving_date) AS leaving
  FROM staged_pupils
  WHERE upn IS NOT NULL
),
problems AS (
  SELECT min(line) AS line, 'upn' AS column_name, upn AS value, 'pupil-not-in-pupils-file' AS problem,
    upn, NULL::DATE AS session_date, NULL AS admission_date, NULL AS leaving_date, count(*) AS mark_count
  FROM marks
  WHERE upn NOT IN (SELECT upn FROM pupils)
  GROUP BY upn
  UNION ALL
  SELECT arg_min(m.line, m.line), 'date', arg_min(m.date, m.line), 'mark-outside-enrolment',
    m.upn, arg_min(m.session_date, m.line), any_value(p.admission_date), any_value(p.leaving_date), count(*)
  FROM marks AS m
  JOIN pupils AS p USING (upn)
  WHERE m.mark <> $not_on_roll
    AND (m.session_date < p.admission OR m.session_date > p.leaving)
  GROUP BY m.upn
)
SELECT line, column_name, value, problem, NULL::BIGINT AS first_line, upn, session_date, admission_date,
  leaving_date, mark_count, count(*) OVER () AS problem_count
FROM problems
ORDER BY line, column_name
LIMIT $limit
`;
