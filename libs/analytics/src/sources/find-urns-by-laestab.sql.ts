// A CTF names its sending school by LAESTAB (LA code + establishment number) and not always by URN; the
// schools loaded from schools.csv or the GIAS extract give each school's LAESTAB. More than one row means the
// LAESTAB does not identify one school, which the caller reports rather than guess.
export const FIND_URNS_BY_LAESTAB_SQL = `SELECT urn FROM schools WHERE laestab = $laestab ORDER BY urn LIMIT 2`;
