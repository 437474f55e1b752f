// staged_marks_typed has passed check-staged-marks.sql.ts. Rows go in date order so DuckDB's per-row-group
// min/max on session_date let a date-range filter (a reload, a summary refresh, an edge week) skip most of
// the table.
export const INSERT_STAGED_MARKS_SQL = `
INSERT INTO marks (school_id, pupil_id, session_date, session, code_id)
SELECT $school_id, ids.pupil_id, m.session_date, m.session, m.code_id
FROM staged_marks_typed AS m
JOIN staged_pupil_ids AS ids ON ids.pupil_row = m.pupil_row
ORDER BY m.session_date, ids.pupil_id, m.session
`;
