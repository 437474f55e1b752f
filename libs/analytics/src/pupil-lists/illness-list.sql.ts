import { yearGroupOrderSql } from '../cohort-measures/year-group-order.sql.js';

// Enrolments of pupils with long illness absence in the period, for the LA's section 19 duty (education for a
// child who cannot attend school because of illness: 15 days, consecutive or in total). Follows the WITH clause
// of period-enrolment-sessions.sql.ts: each enrolment's possible and illness sessions (sess_auth_illness, the
// DfE reason column of code I) as every figure counts them, enrolments with no possible sessions left out; the
// latest week with illness (is it still going on?) is read from the period's weekly rows for the listed
// enrolments only. The duty is about the child, not the school: a pupil registered at two schools of the LA (dual
// registration) is ill on the days of both, so the threshold ($minimum_sessions) applies to the pupil's illness
// over all of their enrolments the scope can see, and every such enrolment is listed with its own and the
// pupil's total. A school's page lists its own enrolments only ($listed_urn) without narrowing the scope: the
// pupil's total still counts every school the scope sees, so the school's list is the LA list's rows of it.
// Sorted by a whitelisted order with school and UPN breaking ties, one page at a time, each row
// carrying the list's full length.

export const ILLNESS_SORTS = {
  illness: 'pupil_illness_sessions DESC, illness_sessions DESC',
  latest: 'latest_illness_week DESC, pupil_illness_sessions DESC',
  school: 'urn ASC',
  yearGroup: `${yearGroupOrderSql('nc_year')} ASC`,
} as const;

export type IllnessSort = keyof typeof ILLNESS_SORTS;

export function illnessListSql(options: { sort: IllnessSort; oneSchoolListed: boolean }): string {
  const listedSchool = options.oneSchoolListed
    ? ' AND school_id = (SELECT school_id FROM schools WHERE urn = $listed_urn)'
    : '';
  return `,
pupil_illness AS (
  SELECT
    school_id,
    pupil_id,
    possible,
    sess_auth_illness AS illness_sessions,
    sum(sess_auth_illness) OVER (PARTITION BY pupil_id) AS pupil_illness_sessions,
    count(*) OVER (PARTITION BY pupil_id) AS pupil_enrolments
  FROM enrolment_sessions
),
listed_enrolments AS (
  SELECT * FROM pupil_illness WHERE pupil_illness_sessions >= $minimum_sessions${listedSchool}
),
latest_illness AS (
  SELECT w.school_id, w.pupil_id, max(w.week_start) AS latest_illness_week
  FROM cohort_weeks AS w
  SEMI JOIN listed_enrolments AS le ON le.school_id = w.school_id AND le.pupil_id = w.pupil_id
  WHERE w.sess_auth_illness > 0
  GROUP BY w.school_id, w.pupil_id
),
listed AS (
  SELECT
    s.urn,
    s.name AS school_name,
    e.pupil_id,
    e.upn,
    e.nc_year,
    le.possible,
    le.illness_sessions,
    le.pupil_illness_sessions,
    le.pupil_enrolments,
    li.latest_illness_week
  FROM listed_enrolments AS le
  JOIN enrolments AS e ON e.school_id = le.school_id AND e.pupil_id = le.pupil_id
  JOIN schools AS s ON s.school_id = le.school_id
  LEFT JOIN latest_illness AS li ON li.school_id = le.school_id AND li.pupil_id = le.pupil_id
)
SELECT *, count(*) OVER () AS list_length
FROM listed
ORDER BY ${ILLNESS_SORTS[options.sort]} NULLS LAST, urn, upn
LIMIT $limit OFFSET $offset
`;
}
