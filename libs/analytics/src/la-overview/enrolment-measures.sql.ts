import { CLASSIFIED_ENROLMENTS_SQL } from '../cohort-measures/classified-enrolments.sql.js';

// Session counts and persistent/severe absence for the statutory cohort, for the LA (is_total) and for each
// school. Follows the WITH clause of period-enrolment-sessions.sql.ts (each enrolment with possible sessions in
// the period, in the scope). DfE definitions (@attendance/domain measures):
// - possible = present + approved educational activity + authorised + unauthorised; not-possible and
//   administrative codes are left out;
// - each enrolment (school, pupil) is judged against its own possible sessions (classified-enrolments.sql.ts);
// - enrolments with no possible sessions in the period are left out.
export const ENROLMENT_MEASURES_SQL = `${CLASSIFIED_ENROLMENTS_SQL}
SELECT
  s.urn,
  GROUPING(s.urn) = 1 AS is_total,
  count(*) AS enrolments,
  coalesce(sum(ce.possible), 0) AS possible,
  coalesce(sum(ce.present), 0) AS present,
  coalesce(sum(ce.approved_educational_activity), 0) AS approved_educational_activity,
  coalesce(sum(ce.authorised), 0) AS authorised,
  coalesce(sum(ce.unauthorised), 0) AS unauthorised,
  count(*) FILTER (WHERE ce.is_persistent) AS persistent_absentees,
  count(*) FILTER (WHERE ce.is_severe) AS severe_absentees
FROM classified_enrolments AS ce
JOIN schools AS s ON s.school_id = ce.school_id
GROUP BY GROUPING SETS ((), (s.urn))
`;
