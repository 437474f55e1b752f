// Reads the marks file as text into a temporary table for checking; rowid + 2 is then the CSV line (header
// = line 1). $columns lists every header column as VARCHAR, so auto-detection stays off and a row with the
// wrong number of fields is an error. Values are checked and converted afterwards, so a bad one is reported
// with its line rather than as a cast error.
export const STAGE_MARKS_CSV_SQL = `
CREATE OR REPLACE TEMP TABLE staged_marks AS
SELECT *
FROM read_csv($path, header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', columns = $columns)
`;
