import { penaltyNoticeListSql } from '../pupil-lists/penalty-notice-list.sql.js';

// How many enrolments of each school the penalty-notice list holds: the list's own statement
// (penalty-notice-list.sql.ts, with every row on one page: $limit the largest INTEGER, $offset 0) counted by
// school, so the counts are the list filtered to the school by construction, never a second reading of the
// threshold rules. Schools with no one on the list have no row.
export const ALL_ROWS_LIMIT = 2_147_483_647;

export function schoolPenaltyNoticeCountsSql(options: { scoped: boolean; thresholdCodeIds: string }): string {
  return `
SELECT urn, count(*) AS pupils
FROM (${penaltyNoticeListSql({ ...options, sort: 'school' })}) AS list
GROUP BY urn
`;
}
