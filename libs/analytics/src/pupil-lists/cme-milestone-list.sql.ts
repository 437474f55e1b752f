import { scopeCondition } from '../scope/scope-filter.sql.js';
import { FULL_WEEK_DAYS } from './cme-milestone-candidates.sql.js';
import {
  schoolRegisterEndsSql,
  sixthHalfTermJoinSql,
  statutoryOnDateSql,
} from './penalty-notice-and-cme-as-of.js';

// Children whose current run of consecutive school days of unexplained absence (the domain's
// consecutiveUnexplainedAbsenceDays: N or O, counted in the school's own register days) has reached $min_days,
// each school counted back from its last school day on or before $as_of. The candidates, their run_from, the
// weeks to read and their certified weeks come from cme-milestone-candidates.sql.ts ($candidates,
// $read_weeks, $certified_weeks, the deep reads $deep_school_N from $deep_from_N to $deep_to_N).
//
// The marks read are followed day by day, as the domain does. A school day is a date with a mark other than #
// or Z (registerCalendar); day_rank 1 is the school's last school day on or before $as_of, and ranks run over
// the days read only. For each candidate and school day read from its run_from: all its marks # (a closure for
// the pupil) steps over the day; all its other marks unexplained counts the day; anything else breaks the run,
// and so does a school day with no mark for the pupil (the first rank missing from its ranks 1, 2, 3, ...).
// Non-school days are never looked at. The run is the counted days before the first break (back to run_from
// at most: the day before it breaks the run) and FULL_WEEK_DAYS for each certified week after the break; its
// first day is the earliest of those.
//
// Listed: runs of $min_days or more of enrolments of the current pupils files in the statutory cohort on the
// school's last register date, sorted by a whitelisted order with school and UPN breaking ties, one page at a
// time, each row carrying the list's full length, with the last date the child attended this year (present or
// approved educational activity, by the code set in force) among the marks read; when none was read,
// CME_LAST_ATTENDED_SQL looks further back.

export const CME_MILESTONE_SORTS = {
  days: 'days_in_run DESC',
  school: 'urn ASC',
  yearGroup: 'nc_year ASC',
} as const;

export type CmeMilestoneSort = keyof typeof CME_MILESTONE_SORTS;

/** How many deep reads a statement holds: a power of two, so few statement texts are prepared. */
export function deepReadSlots(deepSchools: number): number {
  let slots = 1;
  while (slots < deepSchools) slots *= 2;
  return slots;
}

export function cmeMilestoneListSql(options: {
  scoped: boolean;
  sort: CmeMilestoneSort;
  codeIds: { unexplained: string; plannedClosure: string; nonSchoolDay: string };
  deepReadSlots: number;
}): string {
  const { unexplained, plannedClosure, nonSchoolDay } = options.codeIds;
  const deepReads = Array.from(
    { length: options.deepReadSlots },
    (_, slot) => `
    UNION ALL
    SELECT m.school_id, m.pupil_id, m.session_date, m.code_id
    FROM marks AS m
    WHERE m.school_id = $deep_school_${slot}
      AND m.session_date >= CAST($deep_from_${slot} AS DATE)
      AND m.session_date < CAST($deep_to_${slot} AS DATE)`,
  ).join('');
  return `
WITH ${schoolRegisterEndsSql(options.scoped ? scopeCondition('school_id') : 'true')},
candidates AS (
  SELECT
    c.school_id,
    c.pupil_id,
    CAST(c.run_from AS DATE) AS run_from,
    CAST(c.shallow_from AS DATE) AS shallow_from
  FROM (SELECT unnest($candidates) AS c)
),
school_reads AS (
  SELECT school_id, any_value(shallow_from) AS shallow_from FROM candidates GROUP BY school_id
),
read_days AS (
  SELECT w.school_id, CAST(w.week_start AS DATE) + CAST(d.day AS INTEGER) AS session_date
  FROM (SELECT unnest($read_weeks) AS w), range(7) AS d(day)
),
certified_weeks AS (
  SELECT w.school_id, w.pupil_id, CAST(w.week_start AS DATE) AS week_start
  FROM (SELECT unnest($certified_weeks) AS w)
),
read_marks AS (
  SELECT m.school_id, m.pupil_id, m.session_date, m.code_id
  FROM marks AS m
  JOIN school_reads AS sr ON sr.school_id = m.school_id
  WHERE m.session_date BETWEEN CAST($recent_floor AS DATE) AND CAST($as_of AS DATE)
    AND m.session_date >= sr.shallow_from
  UNION ALL
  SELECT m.school_id, m.pupil_id, m.session_date, m.code_id
  FROM marks AS m
  JOIN (SELECT * FROM school_reads WHERE shallow_from < CAST($recent_floor AS DATE)) AS sr
    ON sr.school_id = m.school_id
  WHERE m.session_date >= sr.shallow_from AND m.session_date < CAST($recent_floor AS DATE)
  UNION ALL
  SELECT deep.*
  FROM (
    SELECT NULL::INTEGER AS school_id, NULL::INTEGER AS pupil_id, NULL::DATE AS session_date, NULL::UTINYINT AS code_id
    WHERE false${deepReads}
  ) AS deep
  SEMI JOIN read_days AS rd ON rd.school_id = deep.school_id AND rd.session_date = deep.session_date
),
school_days AS (
  SELECT
    school_id,
    session_date,
    row_number() OVER (PARTITION BY school_id ORDER BY session_date DESC) AS day_rank
  FROM read_marks
  WHERE code_id NOT IN (${nonSchoolDay})
  GROUP BY school_id, session_date
),
candidate_marks AS (
  SELECT rm.*
  FROM read_marks AS rm
  JOIN candidates AS c ON c.school_id = rm.school_id AND c.pupil_id = rm.pupil_id
  WHERE rm.session_date >= c.run_from
),
candidate_days AS (
  SELECT
    cm.school_id,
    cm.pupil_id,
    cm.session_date,
    sd.day_rank,
    bool_and(cm.code_id IN (${plannedClosure})) AS closed,
    bool_and(cm.code_id IN (${unexplained}, ${plannedClosure})) AS unexplained
  FROM candidate_marks AS cm
  JOIN school_days AS sd ON sd.school_id = cm.school_id AND sd.session_date = cm.session_date
  GROUP BY cm.school_id, cm.pupil_id, cm.session_date, sd.day_rank
),
numbered_days AS (
  SELECT
    *,
    row_number() OVER (PARTITION BY school_id, pupil_id ORDER BY day_rank) AS nth_marked_day
  FROM candidate_days
),
run_breaks AS (
  SELECT
    school_id,
    pupil_id,
    least(
      coalesce(min(day_rank) FILTER (WHERE NOT unexplained), count(*) + 1),
      coalesce(min(nth_marked_day) FILTER (WHERE day_rank <> nth_marked_day), count(*) + 1)
    ) AS first_break_rank
  FROM numbered_days
  GROUP BY school_id, pupil_id
),
break_days AS (
  SELECT rb.school_id, rb.pupil_id, rb.first_break_rank, sd.session_date AS break_date
  FROM run_breaks AS rb
  LEFT JOIN school_days AS sd ON sd.school_id = rb.school_id AND sd.day_rank = rb.first_break_rank
),
counted_read_days AS (
  SELECT nd.school_id, nd.pupil_id, count(*) AS days, min(nd.session_date) AS since
  FROM numbered_days AS nd
  JOIN run_breaks AS rb ON rb.school_id = nd.school_id AND rb.pupil_id = nd.pupil_id
  WHERE nd.day_rank < rb.first_break_rank AND NOT nd.closed
  GROUP BY nd.school_id, nd.pupil_id
),
counted_weeks AS (
  SELECT bd.school_id, bd.pupil_id, count(*) AS weeks, min(cw.week_start) AS since
  FROM break_days AS bd
  JOIN certified_weeks AS cw ON cw.school_id = bd.school_id AND cw.pupil_id = bd.pupil_id
  WHERE bd.break_date IS NULL OR cw.week_start > bd.break_date
  GROUP BY bd.school_id, bd.pupil_id
),
runs AS (
  SELECT
    bd.school_id,
    bd.pupil_id,
    coalesce(crd.days, 0) + ${FULL_WEEK_DAYS} * coalesce(cw.weeks, 0) AS days_in_run,
    least(crd.since, cw.since) AS run_since
  FROM break_days AS bd
  LEFT JOIN counted_read_days AS crd ON crd.school_id = bd.school_id AND crd.pupil_id = bd.pupil_id
  LEFT JOIN counted_weeks AS cw ON cw.school_id = bd.school_id AND cw.pupil_id = bd.pupil_id
  WHERE coalesce(crd.days, 0) + ${FULL_WEEK_DAYS} * coalesce(cw.weeks, 0) >= $min_days
),
last_attended AS (
  SELECT cm.school_id, cm.pupil_id, max(cm.session_date) AS last_attended_date
  FROM candidate_marks AS cm
  SEMI JOIN runs AS r ON r.school_id = cm.school_id AND r.pupil_id = cm.pupil_id
  JOIN school_register_ends AS sre ON sre.school_id = cm.school_id
  JOIN mark_code_periods AS cp
    ON cp.code_id = cm.code_id
   AND (cp.in_force_from IS NULL OR cm.session_date >= cp.in_force_from)
   AND (cp.in_force_to IS NULL OR cm.session_date < cp.in_force_to)
  WHERE cp.category IN ('present', 'approved-educational-activity')
    AND academic_year_of(cm.session_date) = academic_year_of(sre.register_end)
  GROUP BY cm.school_id, cm.pupil_id
),
listed AS (
  SELECT
    r.school_id,
    r.pupil_id,
    s.urn,
    s.name AS school_name,
    e.upn,
    e.nc_year,
    r.days_in_run,
    r.run_since,
    sd.session_date AS last_school_day,
    la.last_attended_date,
    c.run_from AS read_from,
    academic_year_of(sre.register_end) AS academic_year
  FROM runs AS r
  JOIN candidates AS c ON c.school_id = r.school_id AND c.pupil_id = r.pupil_id
  JOIN school_register_ends AS sre ON sre.school_id = r.school_id
  JOIN school_days AS sd ON sd.school_id = r.school_id AND sd.day_rank = 1
  JOIN enrolments AS e ON e.school_id = r.school_id AND e.pupil_id = r.pupil_id
  JOIN schools AS s ON s.school_id = r.school_id
  LEFT JOIN last_attended AS la ON la.school_id = r.school_id AND la.pupil_id = r.pupil_id
  ${sixthHalfTermJoinSql('sre.register_end')}
  WHERE ${statutoryOnDateSql('sre.register_end')}
)
SELECT *, count(*) OVER () AS list_length
FROM listed
ORDER BY ${CME_MILESTONE_SORTS[options.sort]}, urn, upn
LIMIT $limit OFFSET $offset
`;
}

// The last date this academic year a listed child attended, for those none of whose marks read showed one:
// their latest week with attended sessions ($pupils: school_id, pupil_id, read_from (marks from it on were
// read), academic_year) from the weekly summaries, then that week's marks.
export const CME_LAST_ATTENDED_SQL = `
WITH pupils AS (
  SELECT p.school_id, p.pupil_id, CAST(p.read_from AS DATE) AS read_from, p.academic_year
  FROM (SELECT unnest($pupils) AS p)
),
attended_weeks AS (
  SELECT w.school_id, w.pupil_id, max(w.week_start) AS week_start
  FROM enrolment_weeks AS w
  JOIN pupils AS p ON p.school_id = w.school_id AND p.pupil_id = w.pupil_id
  WHERE w.week_start < p.read_from
    AND w.academic_year = p.academic_year
    AND w.present + w.approved_educational_activity > 0
  GROUP BY w.school_id, w.pupil_id
)
SELECT m.school_id, m.pupil_id, strftime(max(m.session_date), '%Y-%m-%d') AS last_attended_date
FROM marks AS m
JOIN attended_weeks AS aw
  ON aw.school_id = m.school_id
 AND aw.pupil_id = m.pupil_id
 AND m.session_date BETWEEN aw.week_start AND aw.week_start + 6
JOIN pupils AS p ON p.school_id = m.school_id AND p.pupil_id = m.pupil_id
JOIN mark_code_periods AS cp
  ON cp.code_id = m.code_id
 AND (cp.in_force_from IS NULL OR m.session_date >= cp.in_force_from)
 AND (cp.in_force_to IS NULL OR m.session_date < cp.in_force_to)
WHERE cp.category IN ('present', 'approved-educational-activity')
  AND m.session_date < p.read_from
  AND academic_year_of(m.session_date) = p.academic_year
GROUP BY m.school_id, m.pupil_id
`;
