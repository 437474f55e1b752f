export const DROP_STAGED_EXPORT_SQL = `
DROP TABLE IF EXISTS staged_pupils;
DROP TABLE IF EXISTS staged_marks;
DROP TABLE IF EXISTS staged_marks_typed;
DROP TABLE IF EXISTS staged_pupil_ids;
`;
