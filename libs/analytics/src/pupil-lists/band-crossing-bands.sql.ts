import { validateEscalationBands, type EscalationBand } from '@attendance/domain';
import { bandConditionSql } from '../cohort-measures/cohort-measures.sql.js';

// An enrolment's escalation band as a number in SQL, so a list can compare two bands ("lower than before"),
// sort by how far a pupil dropped and page in the database. The bands are ordered from the highest attendance
// down, so a larger rank is a lower band. Each band is tested exactly as the breakdowns' band distribution does
// (bandConditionSql: attended x 100 against bound x possible, in whole numbers), so an enrolment sits in the same
// band in every answer. Expects columns present, approved_educational_activity and possible.

/**
 * The LA's bands, highest attendance first. Throws RangeError naming the problems when they overlap or leave a
 * gap: a rate in no band, or in two, would make "lower than before" meaningless.
 */
export function bandsHighestFirst(bands: readonly EscalationBand[]): EscalationBand[] {
  const problems = validateEscalationBands(bands);
  if (problems.length > 0) throw new RangeError(`bands are not a usable ladder: ${problems.join('; ')}`);
  return [...bands].sort((a, b) => b.minAttendanceRate - a.minAttendanceRate);
}

/** The rank (0 = highest band) of the row's attendance among `bandsHighestFirst`; NULL with no possible sessions. */
export function bandRankSql(bandsHighestFirst: readonly EscalationBand[]): string {
  const cases = bandsHighestFirst.map((band, rank) => `WHEN ${bandConditionSql(band)} THEN ${rank}`);
  return `CASE WHEN possible = 0 THEN NULL ${cases.join(' ')} END`;
}
