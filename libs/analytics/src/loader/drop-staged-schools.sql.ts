export const DROP_STAGED_SCHOOLS_SQL = `DROP TABLE IF EXISTS staged_schools`;
