// The loader's fast path: DuckDB's CSV reader converts each value as it reads, into ENUM types made for this
// file (see CREATE_STAGING_TYPES_SQL): a UPN must be one of the staged pupils file's UPNs, a session AM or PM,
// a mark one of mark_codes' texts. A value that does not convert stops the read, and any problem at all sends
// the file to the detailed checks (validate-marks*.sql.ts), which word it with its line. The ENUM positions are
// the ids: pupil_row is the staged pupil's rowid, session 0 = AM, code_id = position + 1 (mark_codes ids run
// from 1 without gaps). A date is kept only when its text has the export format's shape (YYYY-MM-DD): DuckDB's
// DATE parser alone is more lenient (it accepts '2024-9-2'); NULL sends the file to the detailed checks, and
// check-staged-marks.sql.ts also requires a year from 1900 to 2099, as they do. (The one text of that shape
// the parser still reads is a one-digit day followed by a space, 'YYYY-MM-D ', which is unambiguous.) Keeping
// no date text makes staging and the per-date check much cheaper. $columns as in stage-marks-csv.sql.ts.
export const STAGE_TYPED_MARKS_CSV_SQL = `
CREATE OR REPLACE TEMP TABLE staged_marks_typed AS
SELECT
  CAST(enum_code(upn) AS INTEGER) AS pupil_row,
  CASE WHEN date LIKE '____-__-__' THEN try_cast(date AS DATE) END AS session_date,
  CAST(enum_code(session) AS TINYINT) AS session,
  CAST(enum_code(mark) + 1 AS UTINYINT) AS code_id
FROM read_csv($path, header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', columns = $columns)
`;

/** Temporary types (this connection only, never stored) for STAGE_TYPED_MARKS_CSV_SQL; needs staged_pupils. */
export const CREATE_STAGING_TYPES_SQL = `
CREATE OR REPLACE TEMP TYPE staged_upn AS ENUM (SELECT upn FROM staged_pupils ORDER BY rowid);
CREATE OR REPLACE TEMP TYPE staged_session AS ENUM ('AM', 'PM');
CREATE OR REPLACE TEMP TYPE staged_mark AS ENUM (SELECT code FROM mark_codes ORDER BY code_id);
`;

/** The type each marks column is read as on the fast path; any other column is read as text and ignored. */
export const TYPED_MARKS_COLUMN_TYPES: Readonly<Record<string, string>> = {
  upn: 'staged_upn',
  date: 'VARCHAR',
  session: 'staged_session',
  mark: 'staged_mark',
};
