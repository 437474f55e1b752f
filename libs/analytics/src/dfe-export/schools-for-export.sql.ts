// Every school's name and phase, for the school rows of the DfE-layout export.
export const SCHOOLS_FOR_EXPORT_SQL = `SELECT urn, name, phase FROM schools ORDER BY urn`;
