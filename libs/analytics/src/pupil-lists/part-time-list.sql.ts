import type { CohortChoice } from '../la-overview/period-enrolment-weeks.sql.js';
import { scopeCondition } from '../scope/scope-filter.sql.js';
import { SCHOOL_WEEKS_BACK_SQL } from './school-weeks-back.sql.js';
import { yearGroupOrderSql } from '../cohort-measures/year-group-order.sql.js';

// Enrolments with part-time timetable marks (C2, part-time-code.ts) in the period. C2 has no summary column of
// its own, so its marks are read from `marks`: only the period's dates ($period_from..$period_to, so DuckDB
// skips every other row group by its session_date min/max) and, in a scope, only its schools. Each mark is kept
// for the cohort asked for by the statutory cohort's rules as statutory_cohort_sessions states them (age on 31
// August before the year, from the current pupils file; the sixth half term left out at 15), so the list never
// mixes the two cohorts. Per enrolment: C2 sessions, first and latest C2 date, and whether the latest falls in
// the school's last $current_weeks school weeks up to the period's end (school-weeks-back.sql.ts), i.e. the
// timetable is still running. Sorted by a whitelisted order with school and UPN breaking ties, one page at a
// time, each row carrying the list's full length.

export const PART_TIME_SORTS = {
  sessions: 'part_time_sessions DESC',
  latest: 'last_part_time_date DESC',
  school: 'urn ASC',
  yearGroup: `${yearGroupOrderSql('nc_year')} ASC`,
} as const;

export type PartTimeSort = keyof typeof PART_TIME_SORTS;

export function partTimeListSql(options: {
  cohort: CohortChoice;
  scoped: boolean;
  sort: PartTimeSort;
  /** markCodeIdList of the part-time code, inlined so the scan of marks filters by it itself. */
  partTimeCodeIds: string;
}): string {
  return `
WITH part_time_marks AS (
  SELECT m.school_id, m.pupil_id, m.session_date
  FROM marks AS m
  WHERE m.session_date BETWEEN CAST($period_from AS DATE) AND CAST($period_to AS DATE)
    AND m.code_id IN (${options.partTimeCodeIds})
    ${options.scoped ? `AND ${scopeCondition('m.school_id')}` : ''}
),
cohort_part_time_marks AS (
  SELECT ptm.*
  FROM part_time_marks AS ptm
  JOIN (SELECT school_id, pupil_id, age_at_year_start($academic_year, date_of_birth) AS age FROM enrolments) AS e
    ON e.school_id = ptm.school_id AND e.pupil_id = ptm.pupil_id
  LEFT JOIN half_terms AS sixth_half_term
    ON sixth_half_term.academic_year = $academic_year AND sixth_half_term.number = 6
  WHERE in_statutory_cohort(e.age, ptm.session_date >= sixth_half_term.start_date) = ${options.cohort === 'statutory'}
),
enrolment_part_time AS (
  SELECT
    school_id,
    pupil_id,
    count(*) AS part_time_sessions,
    min(session_date) AS first_part_time_date,
    max(session_date) AS last_part_time_date
  FROM cohort_part_time_marks
  GROUP BY school_id, pupil_id
),
${SCHOOL_WEEKS_BACK_SQL},
current_weeks AS (
  SELECT school_id, min(week_start) AS current_from
  FROM school_weeks_back
  WHERE weeks_back < $current_weeks
  GROUP BY school_id
),
listed AS (
  SELECT
    s.urn,
    s.name AS school_name,
    e.pupil_id,
    e.upn,
    e.nc_year,
    ept.part_time_sessions,
    ept.first_part_time_date,
    ept.last_part_time_date,
    coalesce(ept.last_part_time_date >= cw.current_from, false) AS is_current
  FROM enrolment_part_time AS ept
  JOIN enrolments AS e ON e.school_id = ept.school_id AND e.pupil_id = ept.pupil_id
  JOIN schools AS s ON s.school_id = ept.school_id
  LEFT JOIN current_weeks AS cw ON cw.school_id = ept.school_id
)
SELECT *, count(*) OVER () AS list_length
FROM listed
ORDER BY ${PART_TIME_SORTS[options.sort]} NULLS LAST, urn, upn
LIMIT $limit OFFSET $offset
`;
}
