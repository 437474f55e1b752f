import { scopeCondition } from '../scope/scope-filter.sql.js';
import {
  schoolRegisterEndsSql,
  sixthHalfTermJoinSql,
  statutoryOnDateSql,
} from './penalty-notice-and-cme-as-of.js';

// Enrolments meeting the national penalty-notice threshold (domain penalty-notice-threshold.ts): at least
// $threshold_sessions sessions of the threshold codes (G, N, O, U) in the rolling $window_weeks school weeks
// ending on the school's window end, its last register date on or before $as_of (school_register_ends).
//
// penaltyNoticeWindowsSql is the domain's rollingWindowStart for every school at once:
// - A school week is a Monday-to-Sunday week holding a school day of the school's own register
//   (registerCalendar: a date with a mark other than # or Z). Holiday weeks, weeks of whole-day closures and
//   weeks a school sent nothing for are skipped, back across half terms and into the previous academic year.
// - school_weeks (one row per week with marks) says which weeks to look at. A week in which the statutory
//   cohort had possible sessions is a school week; any other week with marks is one when some enrolment_weeks
//   row of it has more marks than administrative ones (# and Z are the administrative codes; the spec checks
//   it). Only weeks the window can reach are looked at: back to the $window_weeks-th latest week with
//   statutory possible sessions, or the school's first week when it has fewer.
// - The window starts on the Monday of the earliest of the school's latest $window_weeks school weeks up to
//   the week of its window end (fewer where the school's data starts later; none: the window end's Monday).
//
// penaltyNoticeListSql counts the threshold codes' marks (their ids inlined) each school's inside its window,
// reading from $read_floor (the earliest window start, penaltyNoticeReadFloorSql) to $as_of with a filter the
// scan applies itself, and apart for the few windows that start earlier (a school whose data stopped long ago). A code is stored only on dates its code set is in force (the
// loader checks), so the code decides. `tenth_date` is the date of the session that brought the window's count
// to the threshold: the domain's firstDateThresholdMet over the window's sessions (never before 19 August 2024:
// applied by the caller). Listed: enrolments of the current pupils files in the statutory cohort on the window
// end (penalty-notice-and-cme-as-of.ts), sorted by a whitelisted order with school and UPN breaking ties, one
// page at a time, each row carrying the list's full length.

export const PENALTY_NOTICE_SORTS = {
  sessions: 'unauthorised_sessions DESC',
  school: 'urn ASC',
  yearGroup: 'nc_year ASC',
} as const;

export type PenaltyNoticeSort = keyof typeof PENALTY_NOTICE_SORTS;

/** The WITH clause ending in `windows` (school_id, window_start, window_end, school_weeks). */
export function penaltyNoticeWindowsSql(scoped: boolean): string {
  return `
WITH ${schoolRegisterEndsSql(scoped ? scopeCondition('school_id') : 'true')},
marked_weeks AS (
  SELECT sw.school_id, sw.week_start, sum(sw.possible) > 0 AS statutory_sessions
  FROM school_weeks AS sw
  JOIN school_register_ends AS sre ON sre.school_id = sw.school_id
  WHERE sw.week_start <= week_start_of(sre.register_end)
  GROUP BY sw.school_id, sw.week_start
),
reach AS (
  SELECT
    school_id,
    coalesce(min(week_start) FILTER (WHERE statutory_recency = $window_weeks), min(week_start)) AS reach_from
  FROM (
    SELECT
      school_id,
      week_start,
      CASE WHEN statutory_sessions THEN
        row_number() OVER (PARTITION BY school_id, statutory_sessions ORDER BY week_start DESC)
      END AS statutory_recency
    FROM marked_weeks
  )
  GROUP BY school_id
),
reachable_weeks AS (
  SELECT mw.*
  FROM marked_weeks AS mw
  JOIN reach AS r ON r.school_id = mw.school_id
  WHERE mw.week_start >= r.reach_from
),
weeks_of_other_pupils AS (
  SELECT DISTINCT w.school_id, w.week_start
  FROM enrolment_weeks AS w
  SEMI JOIN (SELECT school_id, week_start FROM reachable_weeks WHERE NOT statutory_sessions) AS rw
    ON rw.school_id = w.school_id AND rw.week_start = w.week_start
  WHERE w.marks > w.administrative
),
school_weeks_back AS (
  SELECT
    school_id,
    week_start,
    row_number() OVER (PARTITION BY school_id ORDER BY week_start DESC) AS recency
  FROM (
    SELECT school_id, week_start FROM reachable_weeks WHERE statutory_sessions
    UNION ALL
    SELECT school_id, week_start FROM weeks_of_other_pupils
  )
),
windows AS (
  SELECT
    sre.school_id,
    coalesce(min(swb.week_start), week_start_of(sre.register_end)) AS window_start,
    sre.register_end AS window_end,
    count(swb.week_start) AS school_weeks
  FROM school_register_ends AS sre
  LEFT JOIN school_weeks_back AS swb ON swb.school_id = sre.school_id AND swb.recency <= $window_weeks
  GROUP BY sre.school_id, sre.register_end
)`;
}

/**
 * The earliest window start, leaving out windows that start before $oldest_read_from (a school that stopped
 * sending data long ago): the constant the count's scan of marks filters by as it reads ($read_floor); the
 * windows left out are read apart.
 */
export function penaltyNoticeReadFloorSql(scoped: boolean): string {
  return `${penaltyNoticeWindowsSql(scoped)}
SELECT min(window_start) FILTER (WHERE window_start >= CAST($oldest_read_from AS DATE)) AS read_floor
FROM windows
`;
}

export function penaltyNoticeListSql(options: {
  scoped: boolean;
  sort: PenaltyNoticeSort;
  thresholdCodeIds: string;
}): string {
  return `${penaltyNoticeWindowsSql(options.scoped)},
window_marks AS (
  SELECT m.school_id, m.pupil_id, m.session_date
  FROM marks AS m
  JOIN windows AS w ON w.school_id = m.school_id
  WHERE m.session_date BETWEEN CAST($read_floor AS DATE) AND CAST($as_of AS DATE)
    AND m.code_id IN (${options.thresholdCodeIds})
    AND m.session_date BETWEEN w.window_start AND w.window_end
  UNION ALL
  SELECT m.school_id, m.pupil_id, m.session_date
  FROM marks AS m
  JOIN (SELECT * FROM windows WHERE window_start < CAST($read_floor AS DATE)) AS w ON w.school_id = m.school_id
  WHERE m.code_id IN (${options.thresholdCodeIds})
    AND m.session_date BETWEEN w.window_start AND w.window_end
    AND m.session_date < CAST($read_floor AS DATE)
),
window_sessions AS (
  SELECT
    school_id,
    pupil_id,
    count(*) AS unauthorised_sessions,
    list_sort(list(session_date))[$threshold_sessions] AS tenth_date
  FROM window_marks
  GROUP BY school_id, pupil_id
  HAVING count(*) >= $threshold_sessions
),
listed AS (
  SELECT
    s.urn,
    s.name AS school_name,
    e.upn,
    e.nc_year,
    ws.unauthorised_sessions,
    ws.tenth_date,
    w.window_start,
    w.window_end,
    w.school_weeks
  FROM window_sessions AS ws
  JOIN windows AS w ON w.school_id = ws.school_id
  JOIN enrolments AS e ON e.school_id = ws.school_id AND e.pupil_id = ws.pupil_id
  JOIN schools AS s ON s.school_id = ws.school_id
  ${sixthHalfTermJoinSql('w.window_end')}
  WHERE ${statutoryOnDateSql('w.window_end')}
)
SELECT *, count(*) OVER () AS list_length
FROM listed
ORDER BY ${PENALTY_NOTICE_SORTS[options.sort]}, urn, upn
LIMIT $limit OFFSET $offset
`;
}
