// The marks of the CME candidates (cme_candidate_weeks, cme-milestone-candidates.sql.ts) that their runs are
// followed in day by day (cme-milestone-runs.sql.ts), kept in cme_marks on the read's own connection (temporary
// tables, gone when the read ends) for the statements that follow.
//
// - Every candidate's marks from $recent_floor to the end of the week of $as_of (marks after $as_of included:
//   they show which dates of that week are register days), in one scan that filters by the dates itself and
//   then keeps the candidates' rows. Most runs are decided by these alone.
// - Older weeks only for the candidates cme_far_reads names (the runs a page or the list's length depends on,
//   cme-milestone-runs.sql.ts): marks sit in row groups by school, so each school's read is a slot of its own
//   with its school and dates as constants ($far_school_N, $far_from_N_M to $far_to_N_M) that the scan skips
//   other schools' row groups by; a week many schools need is read for all schools at once by its dates
//   ($far_week_N, cme-milestone-reads.ts). Then only the named candidates' weeks are kept.

export const CME_NEAR_MARKS_SQL = `
CREATE OR REPLACE TEMP TABLE cme_marks AS
SELECT m.school_id, m.pupil_id, m.session_date, m.code_id
FROM marks AS m
SEMI JOIN (SELECT DISTINCT school_id, pupil_id FROM cme_candidate_weeks) AS c
  ON c.school_id = m.school_id AND c.pupil_id = m.pupil_id
WHERE m.session_date BETWEEN CAST($recent_floor AS DATE) AND week_start_of(CAST($as_of AS DATE)) + 6
`;

/** The (school, week) pairs cme_far_reads names. */
export const CME_FAR_READ_WEEKS_SQL = `
SELECT DISTINCT school_id, strftime(week_start, '%Y-%m-%d') AS week_start
FROM cme_far_reads
ORDER BY school_id, week_start
`;

/** Where cmeFarMarksSql reads: weeks read for every school at once, and schools each with their weeks. */
export interface FarMarksShape {
  /** How many weeks (Mondays, $far_week_N) are read for every school in one scan. */
  weeks: number;
  /** For each school slot ($far_school_N), how many ranges of dates ($far_from_N_M to $far_to_N_M) it reads. */
  schoolRanges: readonly number[];
}

/** Adds the marks of the weeks cme_far_reads names to cme_marks (cme-milestone-reads.ts fills the slots). */
export function cmeFarMarksSql(shape: FarMarksShape): string {
  const everySchool =
    shape.weeks === 0
      ? []
      : [
          `
  SELECT m.school_id, m.pupil_id, m.session_date, m.code_id
  FROM marks AS m
  WHERE ${Array.from(
    { length: shape.weeks },
    (_, week) =>
      `m.session_date BETWEEN CAST($far_week_${week} AS DATE) AND CAST($far_week_${week} AS DATE) + 6`,
  ).join('\n     OR ')}`,
        ];
  const bySchool = shape.schoolRanges.map(
    (ranges, slot) => `
  SELECT m.school_id, m.pupil_id, m.session_date, m.code_id
  FROM marks AS m
  WHERE m.school_id = $far_school_${slot}
    AND (${Array.from(
      { length: ranges },
      (_, range) =>
        `m.session_date BETWEEN CAST($far_from_${slot}_${range} AS DATE) AND CAST($far_to_${slot}_${range} AS DATE)`,
    ).join(' OR ')})`,
  );
  return `
INSERT INTO cme_marks
SELECT far.*
FROM (${[...everySchool, ...bySchool].join('\n  UNION ALL')}
) AS far
SEMI JOIN cme_far_reads AS fr
  ON fr.school_id = far.school_id
 AND fr.pupil_id = far.pupil_id
 AND far.session_date BETWEEN fr.week_start AND fr.week_start + 6
`;
}
