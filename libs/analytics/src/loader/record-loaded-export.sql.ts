// Loading the same export again replaces its record rather than adding a second one.
export const RECORD_LOADED_EXPORT_SQL = `
INSERT OR REPLACE INTO loaded_exports (
  urn, export_date, pupils_file, marks_file, first_date, last_date, pupil_rows, mark_rows, loaded_at
)
VALUES (
  $urn,
  CAST($export_date AS DATE),
  $pupils_file,
  $marks_file,
  CAST($first_date AS DATE),
  CAST($last_date AS DATE),
  $pupil_rows,
  $mark_rows,
  CAST(now() AS TIMESTAMP)
)
`;
