export const FIND_SCHOOL_SQL = `SELECT urn, school_id FROM schools WHERE urn = $urn`;
