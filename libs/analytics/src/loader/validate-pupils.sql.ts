// Problems in staged_pupils, first $limit in file order, each with the total count (columns as in
// validate-schools.sql.ts). Required: upn, date_of_birth, enrolment_status, admission_date. Other values may be
// empty but must be valid when given; a leaving date may not come before the admission date. (UPN check
// letters are judged by the domain's rule in the loader, not here.)
export const VALIDATE_PUPILS_SQL = `
WITH pupils AS (
  SELECT rowid + 2 AS line, * FROM staged_pupils
),
required_values AS (
  SELECT line, 'upn' AS column_name, upn AS value FROM pupils
  UNION ALL SELECT line, 'date_of_birth', date_of_birth FROM pupils
  UNION ALL SELECT line, 'enrolment_status', enrolment_status FROM pupils
  UNION ALL SELECT line, 'admission_date', admission_date FROM pupils
),
date_values AS (
  SELECT line, 'date_of_birth' AS column_name, date_of_birth AS value FROM pupils
  UNION ALL SELECT line, 'admission_date', admission_date FROM pupils
  UNION ALL SELECT line, 'leaving_date', leaving_date FROM pupils
),
flag_values AS (
  SELECT line, 'fsm_eligible' AS column_name, fsm_eligible AS value FROM pupils
  UNION ALL SELECT line, 'eal', eal FROM pupils
  UNION ALL SELECT line, 'cla', cla FROM pupils
  UNION ALL SELECT line, 'cin', cin FROM pupils
  UNION ALL SELECT line, 'cpp', cpp FROM pupils
),
problems AS (
  SELECT line, column_name, value, 'missing-value' AS problem, NULL::BIGINT AS first_line,
    NULL AS admission_date
  FROM required_values WHERE value IS NULL
  UNION ALL
  SELECT line, column_name, value, 'bad-date', NULL, NULL
  FROM date_values WHERE value IS NOT NULL AND iso_date_or_null(value) IS NULL
  UNION ALL
  SELECT line, column_name, value, 'bad-flag', NULL, NULL FROM flag_values WHERE value NOT IN ('Y', 'N')
  UNION ALL
  SELECT line, 'enrolment_status', enrolment_status, 'bad-enrolment-status', NULL, NULL
  FROM pupils WHERE enrolment_status NOT IN ('C', 'M', 'S', 'G')
  UNION ALL
  SELECT line, 'upn', upn, 'duplicate-pupil', first_line, NULL
  FROM (SELECT line, upn, min(line) OVER (PARTITION BY upn) AS first_line FROM pupils WHERE upn IS NOT NULL)
  WHERE line > first_line
  UNION ALL
  SELECT line, 'leaving_date', leaving_date, 'leaving-before-admission', NULL, admission_date
  FROM pupils
  WHERE iso_date_or_null(leaving_date) < iso_date_or_null(admission_date)
)
SELECT line, column_name, value, problem, first_line, NULL AS upn, NULL AS session_date, admission_date,
  count(*) OVER () AS problem_count
FROM problems
ORDER BY line, column_name
LIMIT $limit
`;

// The quick check run first: one pass that counts the rows VALIDATE_PUPILS_SQL would report (any count above
// zero runs it to word them). It must flag everything VALIDATE_PUPILS_SQL reports: each rule's failing-input
// test in load-school-export.spec.ts loads through this check first. One grouped pass costs a fraction of
// VALIDATE_PUPILS_SQL's dozen branches, which every clean export would otherwise pay.
export const COUNT_PUPIL_PROBLEMS_SQL = `
SELECT
  count(*) FILTER (
    WHERE upn IS NULL OR date_of_birth IS NULL OR enrolment_status IS NULL OR admission_date IS NULL
      OR iso_date_or_null(date_of_birth) IS NULL
      OR iso_date_or_null(admission_date) IS NULL
      OR (leaving_date IS NOT NULL AND iso_date_or_null(leaving_date) IS NULL)
      OR fsm_eligible NOT IN ('Y', 'N') OR eal NOT IN ('Y', 'N') OR cla NOT IN ('Y', 'N')
      OR cin NOT IN ('Y', 'N') OR cpp NOT IN ('Y', 'N')
      OR enrolment_status NOT IN ('C', 'M', 'S', 'G')
      OR iso_date_or_null(leaving_date) < iso_date_or_null(admission_date)
  ) + count(upn) - count(DISTINCT upn) AS problems
FROM staged_pupils
`;
