import { SEN_PROVISION_WITH_SEN } from '@attendance/domain';
import { CLASSIFIED_ENROLMENTS_SQL } from '../cohort-measures/classified-enrolments.sql.js';

// Every school of $phase (in the scope, with `scoped`) with its intake over the period's enrolments, the ones
// its figures count (statutory cohort, possible sessions in the period): enrolments, how many are eligible for
// free school meals and how many have SEN (the domain's SEN codes), next to its session counts and persistent
// and severe absentees. The similar schools are chosen from these rows by the domain's rule. Follows the WITH
// clause of period-enrolment-sessions.sql.ts.
export function schoolIntakesSql(): string {
  const senCodes = SEN_PROVISION_WITH_SEN.map((code) => `'${code}'`).join(', ');
  return `${CLASSIFIED_ENROLMENTS_SQL}
SELECT
  s.urn,
  s.name,
  s.phase,
  s.type,
  count(*) AS enrolments,
  count(*) FILTER (WHERE e.fsm_eligible) AS fsm_enrolments,
  count(*) FILTER (WHERE e.sen_provision IN (${senCodes})) AS sen_enrolments,
  sum(ce.possible) AS possible,
  sum(ce.present) AS present,
  sum(ce.approved_educational_activity) AS approved_educational_activity,
  sum(ce.authorised) AS authorised,
  sum(ce.unauthorised) AS unauthorised,
  count(*) FILTER (WHERE ce.is_persistent) AS persistent_absentees,
  count(*) FILTER (WHERE ce.is_severe) AS severe_absentees
FROM classified_enrolments AS ce
JOIN enrolments AS e ON e.school_id = ce.school_id AND e.pupil_id = ce.pupil_id
JOIN schools AS s ON s.school_id = ce.school_id
WHERE s.phase = $phase
GROUP BY s.urn, s.name, s.phase, s.type
ORDER BY s.urn
`;
}

/** The school a comparison is for: its phase (null row when the URN is unknown). */
export const SCHOOL_BY_URN_SQL = `SELECT urn, name, phase, type FROM schools WHERE urn = $urn`;
