import { scopeCondition } from '../scope/scope-filter.sql.js';
import {
  schoolRegisterEndsSql,
  sixthHalfTermJoinSql,
  statutoryOnDateSql,
} from './penalty-notice-and-cme-as-of.js';

// Enrolments meeting the national penalty-notice threshold (domain penalty-notice-threshold.ts): at least
// $threshold_sessions sessions of the threshold codes (G, N, O, U) in the rolling $window_weeks school weeks
// ending on the school's window end, its last register date on or before $as_of (school_register_ends). Counted
// from the weekly summaries; marks are read only for a week the window end cuts and for the page's tenth dates.
//
// penaltyNoticeWindowsSql is the domain's rollingWindowStart for every school at once:
// - A school week is a Monday-to-Sunday week holding a school day of the school's own register
//   (registerCalendar: a date with a mark other than # or Z), which school_weeks.school_days counts. Holiday
//   weeks, weeks of whole-day closures and weeks a school sent nothing for are skipped, back across half terms
//   and into the previous academic year. school_weeks rows are split at 1 August, so a week is the sum of its
//   rows. The window end's week counts by all its days, as the domain's calendar holds every mark sent.
// - The window starts on the Monday of the earliest of the school's latest $window_weeks school weeks up to
//   the week of its window end (fewer where the school's data starts later; none: the window end's Monday).
// - summed_to is the last week the count may take whole from the summaries: the window end's week, unless the
//   school has marks after the window end in it (possible only in the week of $as_of), then the week before.
//
// penaltyNoticeListSql counts the sessions. enrolment_weeks.unauthorised counts the marks whose code is of the
// DfE category unauthorised-absence in the code set in force on their date, and in every code set those codes
// are exactly the threshold codes (penalty-notice-codes.spec.ts fails if that ever changes), so:
// - the window's weeks up to summed_to are summed from enrolment_weeks (a week's rows are split at 1 August and
//   at the sixth half term: all of them count). It is read twice: for the windows starting on or after
//   $oldest_read_from, and apart for the few that start earlier (a school whose data stopped long ago), so
//   those do not widen the read for every school. Each read is bounded by constants and, as it runs, by its
//   windows' earliest start and latest week (DuckDB's filters from the join, which skip row groups);
// - a week the window end cuts is counted from the marks of $as_of's week up to it (the threshold codes' ids
//   inlined and the dates constant, so the scan filters by itself).
// Listed: enrolments of the current pupils files in the statutory cohort on the window end
// (penalty-notice-and-cme-as-of.ts; checked on the counted enrolments only, the window coming with the
// counts; for a scope, enrolments are cut to its schools first, the whole LA's are not cut at all), sorted by a whitelisted order with school and UPN breaking ties, one page at a time, each row
// carrying the list's full length.
//
// penaltyNoticeTenthDatesSql then reads the marks of that page only: `tenth_date`, the date of the session
// that brought the window's count to the threshold (the domain's firstDateThresholdMet over the window's
// sessions; never before 19 August 2024: applied by the caller). No sort uses it, so no other row needs it.
// The page's enrolments join marks, which DuckDB turns into a filter on the scan that skips other schools'
// row groups; the dates are bounded by the page's windows.

export const PENALTY_NOTICE_SORTS = {
  sessions: 'unauthorised_sessions DESC',
  school: 'urn ASC',
  yearGroup: 'nc_year ASC',
} as const;

export type PenaltyNoticeSort = keyof typeof PENALTY_NOTICE_SORTS;

/** The WITH clause ending in `windows` (school_id, window_start, window_end, school_weeks, summed_to). */
export function penaltyNoticeWindowsSql(scoped: boolean): string {
  return `
WITH ${schoolRegisterEndsSql(scoped ? scopeCondition('school_id') : 'true')},
register_weeks AS (
  SELECT
    sw.school_id,
    sw.week_start,
    sum(sw.school_days) > 0 AS is_school_week,
    max(sw.last_mark_date) AS last_mark_date
  FROM school_weeks AS sw
  JOIN school_register_ends AS sre ON sre.school_id = sw.school_id
  WHERE sw.week_start <= week_start_of(sre.register_end)
  GROUP BY sw.school_id, sw.week_start
),
school_weeks_back AS (
  SELECT
    school_id,
    week_start,
    row_number() OVER (PARTITION BY school_id ORDER BY week_start DESC) AS recency
  FROM register_weeks
  WHERE is_school_week
),
windows AS (
  SELECT
    sre.school_id,
    coalesce(min(swb.week_start), week_start_of(sre.register_end)) AS window_start,
    sre.register_end AS window_end,
    count(swb.week_start) AS school_weeks,
    CASE
      WHEN any_value(end_week.last_mark_date) > sre.register_end THEN week_start_of(sre.register_end) - 7
      ELSE week_start_of(sre.register_end)
    END AS summed_to
  FROM school_register_ends AS sre
  LEFT JOIN school_weeks_back AS swb ON swb.school_id = sre.school_id AND swb.recency <= $window_weeks
  LEFT JOIN register_weeks AS end_week
    ON end_week.school_id = sre.school_id AND end_week.week_start = week_start_of(sre.register_end)
  GROUP BY sre.school_id, sre.register_end
)`;
}

// A scope's enrolments, cut to its schools before they meet the counts: DuckDB builds its hash table on the
// enrolments side, which would otherwise be every enrolment of the LA for a scope's few counted.
const SCOPED_ENROLMENTS_SQL = '(SELECT * FROM enrolments WHERE school_id IN (SELECT school_id FROM windows))';

export function penaltyNoticeListSql(options: {
  scoped: boolean;
  sort: PenaltyNoticeSort;
  thresholdCodeIds: string;
}): string {
  return `${penaltyNoticeListedSql(options)}
SELECT *, count(*) OVER () AS list_length
FROM listed
ORDER BY ${PENALTY_NOTICE_SORTS[options.sort]}, urn, upn
LIMIT $limit OFFSET $offset
`;
}

/**
 * The WITH clause ending in `listed`: every enrolment on the list, unsorted (penaltyNoticeListSql pages it;
 * the counts by school, school-penalty-notice-counts.sql.ts, count it).
 */
export function penaltyNoticeListedSql(options: { scoped: boolean; thresholdCodeIds: string }): string {
  return `${penaltyNoticeWindowsSql(options.scoped)},
window_counts AS (
  SELECT ew.school_id, ew.pupil_id, ew.unauthorised AS sessions
  FROM enrolment_weeks AS ew
  JOIN (SELECT * FROM windows WHERE window_start >= CAST($oldest_read_from AS DATE)) AS w
    ON w.school_id = ew.school_id
  WHERE ew.week_start BETWEEN CAST($oldest_read_from AS DATE) AND week_start_of(CAST($as_of AS DATE))
    AND ew.unauthorised > 0
    AND ew.week_start BETWEEN w.window_start AND w.summed_to
  UNION ALL
  SELECT ew.school_id, ew.pupil_id, ew.unauthorised AS sessions
  FROM enrolment_weeks AS ew
  JOIN (SELECT * FROM windows WHERE window_start < CAST($oldest_read_from AS DATE)) AS w
    ON w.school_id = ew.school_id
  WHERE ew.week_start <= week_start_of(CAST($as_of AS DATE))
    AND ew.unauthorised > 0
    AND ew.week_start BETWEEN w.window_start AND w.summed_to
  UNION ALL
  SELECT m.school_id, m.pupil_id, 1 AS sessions
  FROM marks AS m
  JOIN (SELECT * FROM windows WHERE summed_to < week_start_of(window_end)) AS w ON w.school_id = m.school_id
  WHERE m.session_date BETWEEN week_start_of(CAST($as_of AS DATE)) AND CAST($as_of AS DATE)
    AND m.code_id IN (${options.thresholdCodeIds})
    AND m.session_date BETWEEN week_start_of(w.window_end) AND w.window_end
),
window_sessions AS (
  SELECT c.school_id, c.pupil_id, c.unauthorised_sessions, w.window_start, w.window_end, w.school_weeks
  FROM (
    SELECT school_id, pupil_id, sum(sessions) AS unauthorised_sessions
    FROM window_counts
    GROUP BY school_id, pupil_id
    HAVING sum(sessions) >= $threshold_sessions
  ) AS c
  JOIN windows AS w ON w.school_id = c.school_id
),
listed AS (
  SELECT
    ws.school_id,
    ws.pupil_id,
    s.urn,
    s.name AS school_name,
    e.upn,
    e.nc_year,
    ws.unauthorised_sessions,
    ws.window_start,
    ws.window_end,
    ws.school_weeks
  FROM window_sessions AS ws
  JOIN ${options.scoped ? SCOPED_ENROLMENTS_SQL : 'enrolments'} AS e
    ON e.school_id = ws.school_id AND e.pupil_id = ws.pupil_id
  JOIN schools AS s ON s.school_id = ws.school_id
  ${sixthHalfTermJoinSql('ws.window_end')}
  WHERE ${statutoryOnDateSql('ws.window_end')}
)`;
}

/**
 * For the page's enrolments ($school_ids, $pupil_ids, $window_starts, $window_ends: one item each), the date
 * of the $threshold_sessions-th threshold-code session of the window (`tenth_date`), reading marks from
 * $read_from to $read_to (the page's earliest window start and latest window end).
 */
export function penaltyNoticeTenthDatesSql(thresholdCodeIds: string): string {
  return `
WITH page AS (
  SELECT
    unnest($school_ids) AS school_id,
    unnest($pupil_ids) AS pupil_id,
    CAST(unnest($window_starts) AS DATE) AS window_start,
    CAST(unnest($window_ends) AS DATE) AS window_end
)
SELECT
  p.school_id,
  p.pupil_id,
  list_sort(list(m.session_date))[$threshold_sessions] AS tenth_date
FROM marks AS m
JOIN page AS p ON p.school_id = m.school_id AND p.pupil_id = m.pupil_id
WHERE m.session_date BETWEEN CAST($read_from AS DATE) AND CAST($read_to AS DATE)
  AND m.code_id IN (${thresholdCodeIds})
  AND m.session_date BETWEEN p.window_start AND p.window_end
GROUP BY p.school_id, p.pupil_id
`;
}
