import { CLASSIFIED_ENROLMENTS_SQL } from '../cohort-measures/classified-enrolments.sql.js';
import { yearGroupOrderSql } from '../cohort-measures/year-group-order.sql.js';

// Persistently (or only severely) absent enrolments of the period, one row per enrolment with the pupil's
// UPN, school and year group, sorted by a whitelisted order with school and UPN breaking ties (so pages never
// overlap), one page at a time ($limit, $offset), each row carrying the list's full length. Follows the WITH
// clause of period-enrolment-sessions.sql.ts.

export const ABSENTEE_SORTS = {
  attendance: '(present + approved_educational_activity) * 1.0 / possible ASC',
  unauthorised: 'unauthorised DESC',
  school: 'urn ASC',
  yearGroup: `${yearGroupOrderSql('nc_year')} ASC`,
} as const;

export type AbsenteeSort = keyof typeof ABSENTEE_SORTS;

export function absenteeListSql(options: { severeOnly: boolean; sort: AbsenteeSort }): string {
  return `${CLASSIFIED_ENROLMENTS_SQL},
listed AS (
  SELECT
    s.urn,
    s.name AS school_name,
    e.pupil_id,
    e.upn,
    e.nc_year,
    ce.possible,
    ce.present,
    ce.approved_educational_activity,
    ce.authorised,
    ce.unauthorised,
    ce.is_severe
  FROM classified_enrolments AS ce
  JOIN enrolments AS e ON e.school_id = ce.school_id AND e.pupil_id = ce.pupil_id
  JOIN schools AS s ON s.school_id = ce.school_id
  WHERE ce.is_persistent ${options.severeOnly ? 'AND ce.is_severe' : ''}
)
SELECT *, count(*) OVER () AS list_length
FROM listed
ORDER BY ${ABSENTEE_SORTS[options.sort]}, urn, upn
LIMIT $limit OFFSET $offset
`;
}
