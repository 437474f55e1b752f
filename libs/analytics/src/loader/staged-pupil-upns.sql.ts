// Every UPN of the staged pupils file with its line, for the domain's UPN rule (upn-issues.ts).
export const STAGED_PUPIL_UPNS_SQL = `
SELECT rowid + 2 AS line, upn FROM staged_pupils WHERE upn IS NOT NULL ORDER BY line
`;
