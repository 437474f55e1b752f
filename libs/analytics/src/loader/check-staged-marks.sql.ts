// The fast path's checks of staged_marks_typed: two grouped passes over small integers, so a file with no
// problem is checked without a per-line query. Any count above zero (or a date the loader's date rules
// reject) sends the file to the detailed checks (validate-*.sql.ts), which word each problem with its line.

// Pass 1, per session date: how many marks, how many other than $closure_id (a date with only # marks is a
// day the school was closed, not one it took registers), the first line of those (for warnings), marks with an
// empty value, and marks whose code is not in force on their date (judged once per distinct date and code).
// date_text is the date as the export writes it, NULL for a missing or malformed date or a year outside 1900
// to 2099 (which the loader sends to the detailed checks). The loader judges each date itself
// (session-date-rules.ts): real date, weekday, not after the export, in the LA calendar.
export const STAGED_MARK_DATES_SQL = `
WITH date_codes AS (
  SELECT session_date, code_id, count(*) AS marks, min(rowid) AS first_row,
    count(*) FILTER (WHERE pupil_row IS NULL OR session IS NULL) AS missing_values
  FROM staged_marks_typed
  GROUP BY ALL
)
SELECT
  CASE WHEN year(dc.session_date) BETWEEN 1900 AND 2099 THEN strftime(dc.session_date, '%Y-%m-%d') END AS date_text,
  dc.session_date,
  sum(dc.marks) AS marks,
  min(dc.first_row) + 2 AS first_line,
  coalesce(sum(dc.marks) FILTER (WHERE dc.code_id IS DISTINCT FROM $closure_id), 0) AS register_marks,
  min(dc.first_row) FILTER (WHERE dc.code_id IS DISTINCT FROM $closure_id) + 2 AS first_register_line,
  sum(dc.missing_values) + coalesce(sum(dc.marks) FILTER (WHERE dc.code_id IS NULL), 0) AS missing_values,
  count(*) FILTER (WHERE dc.code_id IS NOT NULL AND cp.code_id IS NULL) AS codes_not_in_force
FROM date_codes AS dc
LEFT JOIN mark_code_periods AS cp
  ON cp.code_id = dc.code_id
 AND (cp.in_force_from IS NULL OR dc.session_date >= cp.in_force_from)
 AND (cp.in_force_to IS NULL OR dc.session_date < cp.in_force_to)
GROUP BY dc.session_date
ORDER BY dc.session_date
`;

// Pass 2, per pupil: repeated pupil-sessions, marks other than $not_on_roll outside the pupil's admission and
// leaving dates, and pupils on roll during the export's dates with no mark at all. staged_pupils has passed
// validate-pupils.sql.ts, so its dates convert. Grouped by pupil and day first, with plain aggregates only (a
// day has at most an AM and a PM, so it repeats a session unless it has one mark, or two marks with different
// sessions): several times cheaper than counting distinct sessions per pupil.
export const STAGED_PUPIL_MARKS_SQL = `
WITH pupil_days AS (
  SELECT
    pupil_row,
    session_date,
    count(*) - 1 - CAST(min(session) <> max(session) AS INTEGER) AS repeated_sessions,
    bool_or(code_id <> $not_on_roll_id) AS on_roll_mark
  FROM staged_marks_typed
  WHERE pupil_row IS NOT NULL AND session_date IS NOT NULL AND session IS NOT NULL
  GROUP BY pupil_row, session_date
),
pupil_marks AS (
  SELECT
    pupil_row,
    sum(repeated_sessions) AS repeated_sessions,
    min(session_date) FILTER (WHERE on_roll_mark) AS first_on_roll_mark,
    max(session_date) FILTER (WHERE on_roll_mark) AS last_on_roll_mark
  FROM pupil_days
  GROUP BY pupil_row
),
export_dates AS (
  SELECT count(*) AS mark_rows, min(session_date) AS first_date, max(session_date) AS last_date
  FROM staged_marks_typed
),
pupils AS (
  SELECT rowid AS pupil_row, iso_date_or_null(admission_date) AS admission, iso_date_or_null(leaving_date) AS leaving
  FROM staged_pupils
)
SELECT
  (SELECT coalesce(sum(repeated_sessions), 0) FROM pupil_marks) AS repeated_sessions,
  (SELECT count(*)
   FROM pupil_marks AS pm JOIN pupils AS p USING (pupil_row)
   WHERE pm.first_on_roll_mark < p.admission OR pm.last_on_roll_mark > p.leaving) AS pupils_marked_off_roll,
  (SELECT count(*)
   FROM pupils AS p, export_dates AS d
   WHERE p.admission <= d.last_date AND (p.leaving IS NULL OR p.leaving >= d.first_date)
     AND p.pupil_row NOT IN (SELECT pupil_row FROM pupil_marks)) AS pupils_without_marks,
  (SELECT count(*) FROM pupils) AS pupil_rows,
  d.mark_rows,
  d.first_date,
  d.last_date
FROM export_dates AS d
`;

/** A code's id, e.g. the not-on-roll code Z (the one code allowed outside a pupil's enrolment) or #. */
export const MARK_CODE_ID_SQL = `SELECT code_id FROM mark_codes WHERE code = $code`;
