import { penaltyNoticeListedSql } from '../pupil-lists/penalty-notice-list.sql.js';

// How many enrolments of each school the penalty-notice list holds: the list's own statement up to its
// unsorted rows (penaltyNoticeListedSql, penalty-notice-list.sql.ts) counted by school, so the counts are the
// list filtered to the school by construction, never a second reading of the threshold rules. Without the
// list's sort, page and length, DuckDB also leaves out the columns only the rows show (UPN, year group, school
// name): about a fifth less time at full size. Schools with no one on the list have no row.
export function schoolPenaltyNoticeCountsSql(options: { scoped: boolean; thresholdCodeIds: string }): string {
  return `${penaltyNoticeListedSql(options)}
SELECT urn, count(*) AS pupils
FROM listed
GROUP BY urn
`;
}
