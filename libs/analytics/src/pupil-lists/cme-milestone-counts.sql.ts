// The CME milestone list's length at every milestone for each school, from the list's own runs (cme_runs and
// the runs counted again with older weeks read, cme-milestone-runs.sql.ts), without listing it page by page.
//
// The list at a milestone holds the runs whose least_days reach it (cme-milestone-list.sql.ts); it reads the
// older weeks of every run not known either way (least_days below the milestone, most_days at or above it).
// CME_COUNT_FAR_READS_SQL names the runs not known either way at any of the milestones, so after their weeks
// are read each run's least_days decides every milestone as the list decides it.

/** `milestones`: the domain's CME_LA_MILESTONE_DAYS (whole numbers, inlined as constants). */
export function cmeCountFarReadsSql(milestones: readonly number[]): string {
  const undecided = milestones
    .map((days) => `(r.least_days < ${wholeDays(days)} AND r.most_days >= ${wholeDays(days)})`)
    .join(' OR ');
  return `
CREATE OR REPLACE TEMP TABLE cme_far_reads AS
SELECT cw.school_id, cw.pupil_id, cw.week_start
FROM cme_candidate_weeks AS cw
SEMI JOIN (
  SELECT r.school_id, r.pupil_id FROM cme_runs AS r WHERE NOT r.exact AND (${undecided})
) AS undecided
  ON undecided.school_id = cw.school_id AND undecided.pupil_id = cw.pupil_id
WHERE cw.read AND cw.week_start < CAST($recent_floor AS DATE)
`;
}

/**
 * `runs`: CTEs ending in `runs` (cmeRunsWithFarReadsSql), or null to count cme_runs as it is. One row per school
 * and milestone with any run reaching it.
 */
export function cmeMilestoneCountsSql(milestones: readonly number[], runs: string | null): string {
  return `
WITH ${runs === null ? 'runs AS (SELECT * FROM cme_runs)' : runs},
milestones AS (SELECT unnest([${milestones.map(wholeDays).join(', ')}]) AS milestone)
SELECT s.urn, m.milestone, count(*) AS children
FROM runs AS r
JOIN schools AS s ON s.school_id = r.school_id
JOIN milestones AS m ON r.least_days >= m.milestone
GROUP BY s.urn, m.milestone
`;
}

function wholeDays(days: number): string {
  if (!Number.isInteger(days)) throw new RangeError(`A CME milestone is a whole number of days, got ${days}`);
  return String(days);
}
