import { scopeCondition } from '../scope/scope-filter.sql.js';
import { yearGroupOrderSql } from '../cohort-measures/year-group-order.sql.js';

// Enrolments of pupils with long illness absence in the period, for the LA's section 19 duty (education for a
// child who cannot attend school because of illness: 15 days, consecutive or in total). Follows the WITH clause
// of period-enrolment-weeks.sql.ts: each enrolment's possible and illness sessions (sess_auth_illness, the DfE
// reason column of code I) are summed from the period's weekly rows as every figure sums them, enrolments with
// no possible sessions left out, and the latest week with illness (is it still going on?) comes from the same
// pass. The duty is about the child, not the school: a pupil registered at two schools of the LA (dual
// registration) is ill on the days of both, so the threshold ($minimum_sessions) applies to the pupil's illness
// over all of their enrolments the scope can see, and every such enrolment is listed with its own and the
// pupil's total. Sorted by a whitelisted order with school and UPN breaking ties, one page at a time, each row
// carrying the list's full length.

export const ILLNESS_SORTS = {
  illness: 'pupil_illness_sessions DESC, illness_sessions DESC',
  latest: 'latest_illness_week DESC, pupil_illness_sessions DESC',
  school: 'urn ASC',
  yearGroup: `${yearGroupOrderSql('nc_year')} ASC`,
} as const;

export type IllnessSort = keyof typeof ILLNESS_SORTS;

export function illnessListSql(options: { scoped: boolean; sort: IllnessSort }): string {
  return `,
enrolment_illness AS (
  SELECT
    school_id,
    pupil_id,
    sum(possible) AS possible,
    sum(sess_auth_illness) AS illness_sessions,
    max(week_start) FILTER (WHERE sess_auth_illness > 0) AS latest_illness_week
  FROM cohort_weeks
  ${options.scoped ? `WHERE ${scopeCondition()}` : ''}
  GROUP BY school_id, pupil_id
  HAVING sum(possible) > 0
),
pupil_illness AS (
  SELECT
    *,
    sum(illness_sessions) OVER (PARTITION BY pupil_id) AS pupil_illness_sessions,
    count(*) OVER (PARTITION BY pupil_id) AS pupil_enrolments
  FROM enrolment_illness
),
listed AS (
  SELECT
    s.urn,
    s.name AS school_name,
    e.upn,
    e.nc_year,
    pi.possible,
    pi.illness_sessions,
    pi.pupil_illness_sessions,
    pi.pupil_enrolments,
    pi.latest_illness_week
  FROM pupil_illness AS pi
  JOIN enrolments AS e ON e.school_id = pi.school_id AND e.pupil_id = pi.pupil_id
  JOIN schools AS s ON s.school_id = pi.school_id
  WHERE pi.pupil_illness_sessions >= $minimum_sessions
)
SELECT *, count(*) OVER () AS list_length
FROM listed
ORDER BY ${ILLNESS_SORTS[options.sort]} NULLS LAST, urn, upn
LIMIT $limit OFFSET $offset
`;
}
