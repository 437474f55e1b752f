import { PUPILS_FILE_LAYOUT } from './csv-file-layouts.js';

// The statements that commit a batch of validated exports (export-batch.ts) in one transaction. Each export
// of the batch was staged on this connection and its tables renamed to batch_pupils_<slot>,
// batch_marks_<slot> and batch_pupil_ids_<slot>; batch_exports has one row per slot. Every statement works on
// the whole batch at once: a few larger statements cost far less than a few dozen small ones per school.
//
// $first_school/$last_school and $first_date/$last_date bound the batch (ranges DuckDB checks against each row
// group's min/max, so the scans skip the rest of the store); $school_ids lists its schools exactly.

/**
 * One parked export of the batch; first_date/last_date are NULL when its marks file has no rows. Two statements
 * so that the session runs it as it is: DuckDB runs a prepared CREATE TABLE with a column list only once (the
 * second run makes a table with no columns).
 */
export const CREATE_BATCH_EXPORTS_SQL = `
DROP TABLE IF EXISTS batch_exports;
CREATE TEMP TABLE batch_exports (
  slot        INTEGER NOT NULL,
  school_id   INTEGER NOT NULL,
  urn         VARCHAR NOT NULL,
  export_date DATE NOT NULL,
  pupils_file VARCHAR NOT NULL,
  marks_file  VARCHAR NOT NULL,
  first_date  DATE,
  last_date   DATE,
  pupil_rows  INTEGER NOT NULL,
  mark_rows   INTEGER NOT NULL
)
`;

export const ADD_BATCH_EXPORT_SQL = `
INSERT INTO batch_exports VALUES (
  $slot, $school_id, $urn, CAST($export_date AS DATE), $pupils_file, $marks_file,
  CAST($first_date AS DATE), CAST($last_date AS DATE), $pupil_rows, $mark_rows
)
`;

/** Renames this connection's staged tables (checked, with pupil ids) to the batch's tables of `slot`. */
export function parkStagedExportSql(slot: number): string {
  return `
ALTER TABLE staged_pupils RENAME TO batch_pupils_${slot};
ALTER TABLE staged_marks_typed RENAME TO batch_marks_${slot};
ALTER TABLE staged_pupil_ids RENAME TO batch_pupil_ids_${slot};
`;
}

// The pupils file's columns the store keeps (all but the names), staged as text.
const ENROLMENT_TEXT_COLUMNS = PUPILS_FILE_LAYOUT.requiredColumns;

/** Views over the batch's `slots` parked exports: every pupil row and every mark, with its slot and pupil id. */
export function createBatchViewsSql(slots: number): string {
  const each = (select: (slot: number) => string) =>
    Array.from({ length: slots }, (_, slot) => select(slot)).join('\nUNION ALL\n');
  return `
CREATE OR REPLACE TEMP VIEW batch_pupils AS
${each(
  (
    slot,
  ) => `SELECT ${slot} AS slot, ids.pupil_id, ${ENROLMENT_TEXT_COLUMNS.map((column) => `sp.${column}`).join(', ')}
FROM batch_pupils_${slot} AS sp JOIN batch_pupil_ids_${slot} AS ids ON ids.pupil_row = sp.rowid`,
)};
CREATE OR REPLACE TEMP VIEW batch_marks AS
${each(
  (slot) => `SELECT ${slot} AS slot, ids.pupil_id, m.session_date, m.session, m.code_id
FROM batch_marks_${slot} AS m JOIN batch_pupil_ids_${slot} AS ids ON ids.pupil_row = m.pupil_row`,
)};
`;
}

/** Every slot a batch may use, so that a slot left by a park that failed half-way goes too. */
export function dropBatchSql(maxSlots: number): string {
  const tables = Array.from({ length: maxSlots }, (_, slot) =>
    ['batch_pupils', 'batch_marks', 'batch_pupil_ids'].map(
      (table) => `DROP TABLE IF EXISTS ${table}_${slot};`,
    ),
  );
  return `
DROP VIEW IF EXISTS batch_pupils;
DROP VIEW IF EXISTS batch_marks;
${tables.flat().join('\n')}
DELETE FROM batch_exports;
`;
}

/** The marks each export replaces: the school's marks from the export's first to last date, both inclusive. */
export const COUNT_REPLACED_MARKS_SQL = `
SELECT e.slot, count(*) AS replaced
FROM marks AS m
JOIN batch_exports AS e ON e.school_id = m.school_id AND m.session_date BETWEEN e.first_date AND e.last_date
WHERE m.school_id BETWEEN $first_school AND $last_school
  AND m.session_date BETWEEN CAST($first_date AS DATE) AND CAST($last_date AS DATE)
GROUP BY e.slot
`;

// An export carries the school's whole pupil list, so it replaces every enrolment the school had. The batch's
// pupil files have passed validate-pupils.sql.ts, so every conversion succeeds.
export const DELETE_BATCH_ENROLMENTS_SQL = `
DELETE FROM enrolments
WHERE school_id BETWEEN $first_school AND $last_school AND list_contains($school_ids, school_id)
`;

export const INSERT_BATCH_ENROLMENTS_SQL = `
INSERT INTO enrolments (
  school_id, pupil_id, urn, upn, date_of_birth, sex, nc_year, ethnicity, sen_provision, fsm_eligible, eal,
  cla, cin, cpp, enrolment_status, admission_date, leaving_date, export_date
)
SELECT
  e.school_id,
  p.pupil_id,
  e.urn,
  p.upn,
  iso_date_or_null(p.date_of_birth),
  p.sex,
  p.nc_year,
  p.ethnicity,
  p.sen_provision,
  yes_no_or_null(p.fsm_eligible),
  yes_no_or_null(p.eal),
  yes_no_or_null(p.cla),
  yes_no_or_null(p.cin),
  yes_no_or_null(p.cpp),
  p.enrolment_status,
  iso_date_or_null(p.admission_date),
  iso_date_or_null(p.leaving_date),
  e.export_date
FROM batch_pupils AS p
JOIN batch_exports AS e USING (slot)
`;

export const DELETE_BATCH_MARKS_SQL = `
DELETE FROM marks
WHERE school_id BETWEEN $first_school AND $last_school
  AND session_date BETWEEN CAST($first_date AS DATE) AND CAST($last_date AS DATE)
  AND EXISTS (
    SELECT 1 FROM batch_exports AS e
    WHERE e.school_id = marks.school_id AND marks.session_date BETWEEN e.first_date AND e.last_date
  )
`;

// Rows go by school, then date, so DuckDB's per-row-group min/max on school_id and session_date let a later
// range filter (a reload, a summary refresh, an edge week) skip most of the table.
export const INSERT_BATCH_MARKS_SQL = `
INSERT INTO marks (school_id, pupil_id, session_date, session, code_id)
SELECT e.school_id, m.pupil_id, m.session_date, m.session, m.code_id
FROM batch_marks AS m
JOIN batch_exports AS e USING (slot)
ORDER BY e.school_id, m.session_date, m.pupil_id, m.session
`;

// enrolment_weeks is rebuilt for whole weeks (Monday to Sunday), from the week of each export's first date to
// the week of its last, from the marks now stored: marks of those weeks that the export did not cover are
// counted again too, so each rebuilt row equals a recount.
export const DELETE_BATCH_ENROLMENT_WEEKS_SQL = `
DELETE FROM enrolment_weeks
WHERE school_id BETWEEN $first_school AND $last_school
  AND week_start BETWEEN week_start_of(CAST($first_date AS DATE)) AND week_start_of(CAST($last_date AS DATE))
  AND EXISTS (
    SELECT 1 FROM batch_exports AS e
    WHERE e.school_id = enrolment_weeks.school_id
      AND enrolment_weeks.week_start BETWEEN week_start_of(e.first_date) AND week_start_of(e.last_date)
  )
`;

export const INSERT_BATCH_ENROLMENT_WEEKS_SQL = `
INSERT INTO enrolment_weeks BY NAME
SELECT counts.*
FROM enrolment_week_counts(
  $first_school,
  $last_school,
  week_start_of(CAST($first_date AS DATE)),
  week_start_of(CAST($last_date AS DATE)) + 6
) AS counts
WHERE list_contains($school_ids, counts.school_id)
  AND EXISTS (
    SELECT 1 FROM batch_exports AS e
    WHERE e.school_id = counts.school_id
      AND counts.week_start BETWEEN week_start_of(e.first_date) AND week_start_of(e.last_date)
  )
ORDER BY counts.school_id, counts.week_start, counts.pupil_id
`;

// Loading the same export again replaces its record rather than adding a second one.
export const RECORD_BATCH_EXPORTS_SQL = `
INSERT OR REPLACE INTO loaded_exports (
  urn, export_date, pupils_file, marks_file, first_date, last_date, pupil_rows, mark_rows, loaded_at
)
SELECT urn, export_date, pupils_file, marks_file, first_date, last_date, pupil_rows, mark_rows,
  CAST(now() AS TIMESTAMP)
FROM batch_exports
`;
