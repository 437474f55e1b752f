// The schools of a list of URNs (one batched lookup for a page of rows that each name a school).
export const SCHOOLS_BY_URN_SQL = `
SELECT urn, name, phase, type, laestab FROM schools WHERE list_contains(string_split($urns, ','), urn)
`;
