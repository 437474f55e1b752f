// schools.csv adds and updates schools; a school missing from it keeps its row (and its figures).
export const UPSERT_STAGED_SCHOOLS_SQL = `
INSERT OR REPLACE INTO schools (urn, laestab, name, phase, type)
SELECT urn, laestab, name, phase, type FROM staged_schools
`;
