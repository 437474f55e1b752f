export const DROP_STAGED_EXPORT_SQL = `
DROP TABLE IF EXISTS staged_pupils;
DROP TABLE IF EXISTS staged_marks;
`;
