// Checks of staged_marks_typed, each a count, so a file with no problem is checked in a few passes over small
// integers. Any count above zero sends the file to the detailed checks.
// - Empty values; repeated pupil-sessions (the key packs pupil row, day since 1900 and session into one
//   BIGINT: days up to 2199 fit in 17 bits); and the dates the export covers.
export const CHECK_STAGED_MARKS_SQL = `
SELECT
  count(*) AS mark_rows,
  count(*) FILTER (WHERE pupil_row IS NULL OR date_text IS NULL OR session IS NULL OR code_id IS NULL)
    AS missing_values,
  count(*) - count(DISTINCT (CAST(pupil_row AS BIGINT) << 18) + (session_date - DATE '1900-01-01') * 2 + session)
    AS repeated_sessions,
  min(session_date) AS first_date,
  max(session_date) AS last_date
FROM staged_marks_typed
`;

// - Dates not exactly YYYY-MM-DD (judged by the same macro as the detailed checks, once per distinct text),
//   and codes not in force on their date (once per distinct code and date).
export const CHECK_STAGED_MARK_VALUES_SQL = `
SELECT
  (SELECT count(*) FROM (SELECT DISTINCT date_text FROM staged_marks_typed WHERE date_text IS NOT NULL)
   WHERE iso_date_or_null(date_text) IS NULL) AS bad_dates,
  (SELECT count(*)
   FROM (SELECT DISTINCT code_id, session_date FROM staged_marks_typed) AS m
   LEFT JOIN mark_code_periods AS cp
     ON cp.code_id = m.code_id
    AND (cp.in_force_from IS NULL OR m.session_date >= cp.in_force_from)
    AND (cp.in_force_to IS NULL OR m.session_date < cp.in_force_to)
   WHERE cp.code_id IS NULL) AS codes_not_in_force
`;
