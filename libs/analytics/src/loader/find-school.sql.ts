export const FIND_SCHOOL_SQL = `SELECT urn FROM schools WHERE urn = $urn`;
