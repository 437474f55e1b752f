import { FULL_WEEK_DAYS } from './cme-milestone-candidates.sql.js';
import type { CmeCodeIds } from './cme-milestone-code-ids.js';
import { CME_MILESTONE_SORTS, type CmeMilestoneSort } from './cme-milestone-list.sql.js';

// Each CME candidate's run (cme_candidate_weeks, cme-milestone-candidates.sql.ts) counted back from its
// school's last school day on or before $as_of, from the marks read (cme_marks, cme-milestone-marks.sql.ts)
// and the certified weeks, as the domain's consecutiveUnexplainedAbsenceDays does it: kept in cme_runs, and
// counted again in the list's statement for the candidates whose older weeks were read too.
//
// - A read week's register days (registerCalendar: dates with a mark other than # or Z) are Monday to Friday
//   when school_weeks counts five with no mark after Friday; otherwise the dates the candidates' marks show,
//   when they show as many as school_weeks counts (one candidate present or unexplained every day shows them
//   all); otherwise, rarely, the dates of the school's own marks that week. Only dates on or before $as_of.
//   The school's last school day is the latest of them (its latest two school weeks are always read).
// - The candidates whose marks on that day are not all N, O or # have no run (`ended`: 0 days, exact): their
//   days are not followed (most candidates, for an $as_of inside a week).
// - Each register day of a read week: all its marks # (a closure for the pupil) steps over the day; all its
//   other marks N or O counts it; anything else breaks the run, and so does a register day with no mark for
//   the pupil. A certified week not read counts its register days and starts on its Monday.
// - The run is the counted days after the latest break. It is `exact` when that break is later than every week
//   that should be read but was not (an older week of a candidate not in cme_far_reads); otherwise the run is
//   known to hold from least_days (the days after the latest such week) to most_days (those plus at most the
//   unexplained sessions of each stretch week not read, or its register days where those are not known, and
//   one day fewer than the register days of the break week): enough to know for most whether it reaches
//   $min_days, and where it sorts.
// - read_from: the first day of the earliest week of the candidate's marks read (CME_LAST_ATTENDED_SQL looks
//   before it).
//
// cmeFarReadsSql then names the candidates whose older weeks must be read for the page asked for: those of
// which it is not known whether they reach $min_days, and those that may sort onto the page (by days: any
// whose most_days reaches the least_days of the row that would end the page if every run were its least; by
// school or year group: any that may fall on the page, whatever the undecided ones turn out to be).

/**
 * Creates cme_runs, from the weeks read from $recent_floor on; with `runTails`, each older week that would be
 * read is taken from the loader-kept enrolment_week_run_tails instead (run-tails.sql.ts: the run followed back
 * through that week's marks by the same rules), so those runs are exact without their older marks. Not a week
 * that may hold the school's last school day (its latest, or the one before when the latest holds marks after
 * $as_of and is not Monday to Friday: cme-milestone-candidates.sql.ts), which needs its marks. Only the counts
 * by school take them: the list reads the older weeks of its page's runs for their last attended dates too.
 */
export function cmeRunsSql(codeIds: CmeCodeIds, runTails = false): string {
  return `CREATE OR REPLACE TEMP TABLE cme_runs AS ${runsSql(codeIds, runTails ? 'tails' : 'near')}`;
}

/**
 * CTEs ending in `runs`: cme_runs, with the runs of the candidates cme_far_reads reads older weeks of counted
 * again with those weeks in place of theirs (the list's statement: cme-milestone-list.sql.ts).
 */
export function cmeRunsWithFarReadsSql(codeIds: CmeCodeIds): string {
  return `far_runs AS MATERIALIZED (${runsSql(codeIds, 'far')}),
runs AS (
  SELECT * FROM cme_runs AS r
  ANTI JOIN far_runs AS f ON f.school_id = r.school_id AND f.pupil_id = r.pupil_id
  UNION ALL
  SELECT * FROM far_runs
)`;
}

/** Which weeks count from marks: from $recent_floor on ('near'), and cme_far_reads' ('far'); or tails. */
type RunsRead = 'near' | 'far' | 'tails';

function runsSql(codeIds: CmeCodeIds, reads: RunsRead): string {
  const { unexplained, plannedClosure, nonSchoolDay } = codeIds;
  const tails = reads === 'tails';
  const candidateWeeks =
    reads === 'far'
      ? `
  SELECT
    cw.*,
    cw.week_start >= CAST($recent_floor AS DATE) OR fr.pupil_id IS NOT NULL AS marks_read
  FROM cme_candidate_weeks AS cw
  SEMI JOIN (SELECT DISTINCT school_id, pupil_id FROM cme_far_reads) AS far
    ON far.school_id = cw.school_id AND far.pupil_id = cw.pupil_id
  LEFT JOIN cme_far_reads AS fr
    ON fr.school_id = cw.school_id AND fr.pupil_id = cw.pupil_id AND fr.week_start = cw.week_start`
      : tails
        ? `
  SELECT
    cw.*,
    cw.week_start >= CAST($recent_floor AS DATE) AS marks_read,
    cw.read
      AND cw.week_start < CAST($recent_floor AS DATE)
      AND (cw.recency > 2 OR (cw.recency = 2 AND (latest.complete OR latest.monday_to_friday))) AS tail_read
  FROM cme_candidate_weeks AS cw
  JOIN cme_school_weeks AS latest ON latest.school_id = cw.school_id AND latest.recency = 1`
        : `
  SELECT cw.*, cw.week_start >= CAST($recent_floor AS DATE) AS marks_read
  FROM cme_candidate_weeks AS cw`;
  // A week taken from its tail: a break on its Monday (before any day of it counts) unless the run goes through
  // the whole week, and its counted days from tail_from. A week with no tail row breaks the run.
  const tailWeeks = tails
    ? `
tail_weeks AS MATERIALIZED (
  SELECT
    cw.school_id,
    cw.pupil_id,
    cw.register_end,
    cw.upn,
    cw.nc_year,
    cw.week_start,
    coalesce(t.tail_days, 0) AS tail_days,
    t.tail_from,
    coalesce(t.broken, true) AS broken
  FROM candidate_weeks AS cw
  LEFT JOIN enrolment_week_run_tails AS t
    ON t.school_id = cw.school_id AND t.pupil_id = cw.pupil_id AND t.week_start = cw.week_start
  WHERE cw.tail_read
),`
    : '';
  const tailUnits = tails
    ? `
  UNION ALL
  SELECT
    school_id, pupil_id, register_end, upn, nc_year, week_start AS unit_date, NULL AS read_week, 0 AS days,
    true AS breaks, NULL AS most_days
  FROM tail_weeks
  WHERE broken
  UNION ALL
  SELECT
    school_id, pupil_id, register_end, upn, nc_year, tail_from AS unit_date, NULL AS read_week,
    tail_days AS days, false AS breaks, NULL AS most_days
  FROM tail_weeks
  WHERE tail_days > 0`
    : '';
  return `
WITH candidate_weeks AS MATERIALIZED (${candidateWeeks}
),
read_school_weeks AS MATERIALIZED (
  SELECT DISTINCT school_id, week_start, school_days, monday_to_friday
  FROM candidate_weeks
  WHERE read AND marks_read
),
shown_weeks AS MATERIALIZED (
  SELECT rsw.school_id, rsw.week_start, list(DISTINCT cm.session_date) AS dates
  FROM read_school_weeks AS rsw
  JOIN cme_marks AS cm
    ON cm.school_id = rsw.school_id AND cm.session_date BETWEEN rsw.week_start AND rsw.week_start + 6
  WHERE NOT rsw.monday_to_friday AND cm.code_id NOT IN (${nonSchoolDay})
  GROUP BY rsw.school_id, rsw.week_start, rsw.school_days
  HAVING len(list(DISTINCT cm.session_date)) = rsw.school_days
),
register_days AS MATERIALIZED (
  SELECT *
  FROM (
    SELECT rsw.school_id, rsw.week_start, CAST(rsw.week_start + CAST(d.day AS INTEGER) AS DATE) AS session_date
    FROM read_school_weeks AS rsw, range(${FULL_WEEK_DAYS}) AS d(day)
    WHERE rsw.monday_to_friday
    UNION ALL
    SELECT school_id, week_start, unnest(dates) AS session_date
    FROM shown_weeks
    UNION ALL
    SELECT m.school_id, uw.week_start, m.session_date
    FROM marks AS m
    JOIN (
      SELECT school_id, week_start FROM read_school_weeks WHERE NOT monday_to_friday
      EXCEPT
      SELECT school_id, week_start FROM shown_weeks
    ) AS uw
      ON uw.school_id = m.school_id AND m.session_date BETWEEN uw.week_start AND uw.week_start + 6
    WHERE m.code_id NOT IN (${nonSchoolDay})
    GROUP BY m.school_id, uw.week_start, m.session_date
  )
  WHERE session_date <= CAST($as_of AS DATE)
),
last_school_days AS MATERIALIZED (
  SELECT school_id, max(session_date) AS last_school_day FROM register_days GROUP BY school_id
),
run_ends AS MATERIALIZED (
  SELECT cm.school_id, cm.pupil_id, bool_and(cm.code_id IN (${unexplained}, ${plannedClosure})) AS unexplained
  FROM cme_marks AS cm
  JOIN last_school_days AS lsd ON lsd.school_id = cm.school_id AND lsd.last_school_day = cm.session_date
  GROUP BY cm.school_id, cm.pupil_id
),
pupil_days AS (
  SELECT
    cm.school_id,
    cm.pupil_id,
    cm.session_date,
    bool_and(cm.code_id IN (${plannedClosure})) AS closed,
    bool_and(cm.code_id IN (${unexplained}, ${plannedClosure})) AS unexplained
  FROM cme_marks AS cm
  SEMI JOIN run_ends AS re ON re.school_id = cm.school_id AND re.pupil_id = cm.pupil_id AND re.unexplained
  WHERE cm.session_date <= CAST($as_of AS DATE)
  GROUP BY cm.school_id, cm.pupil_id, cm.session_date
),${tailWeeks}
units AS MATERIALIZED (
  SELECT
    cw.school_id,
    cw.pupil_id,
    cw.register_end,
    cw.upn,
    cw.nc_year,
    rd.session_date AS unit_date,
    cw.week_start AS read_week,
    CASE WHEN pd.unexplained AND NOT pd.closed THEN 1 ELSE 0 END AS days,
    NOT coalesce(pd.unexplained, false) AS breaks,
    NULL AS most_days
  FROM candidate_weeks AS cw
  JOIN register_days AS rd ON rd.school_id = cw.school_id AND rd.week_start = cw.week_start
  LEFT JOIN pupil_days AS pd
    ON pd.school_id = cw.school_id AND pd.pupil_id = cw.pupil_id AND pd.session_date = rd.session_date
  WHERE cw.read AND cw.marks_read
  UNION ALL
  SELECT
    school_id,
    pupil_id,
    register_end,
    upn,
    nc_year,
    week_start AS unit_date,
    NULL AS read_week,
    CASE WHEN read THEN 0 ELSE school_days END AS days,
    false AS breaks,
    CASE
      WHEN NOT read THEN NULL
      WHEN in_stretch THEN least(coalesce(unexplained, school_days), school_days)
      ELSE school_days - 1
    END AS most_days
  FROM candidate_weeks
  WHERE NOT (read AND marks_read)${tails ? ' AND NOT tail_read' : ''}${tailUnits}
),
run_breaks AS MATERIALIZED (
  SELECT
    school_id,
    pupil_id,
    any_value(register_end) AS register_end,
    any_value(upn) AS upn,
    any_value(nc_year) AS nc_year,
    least(CAST($recent_floor AS DATE), min(read_week)) AS read_from,
    max(unit_date) FILTER (WHERE breaks) AS break_date,
    max(unit_date) FILTER (WHERE most_days IS NOT NULL) AS newest_unread,
    coalesce(
      max(unit_date) FILTER (WHERE breaks) > max(unit_date) FILTER (WHERE most_days IS NOT NULL) + 6,
      max(unit_date) FILTER (WHERE most_days IS NOT NULL) IS NULL
    ) AS exact
  FROM units
  GROUP BY school_id, pupil_id
),
runs AS (
  SELECT
    rb.school_id,
    rb.pupil_id,
    coalesce(sum(u.days), 0) AS days,
    min(u.unit_date) FILTER (WHERE u.days > 0) AS since,
    coalesce(sum(u.days) FILTER (WHERE u.unit_date > rb.newest_unread + 6), 0) AS known_days,
    coalesce(sum(u.most_days), 0) AS unread_days
  FROM run_breaks AS rb
  JOIN units AS u
    ON u.school_id = rb.school_id
   AND u.pupil_id = rb.pupil_id
   AND (rb.break_date IS NULL OR u.unit_date > rb.break_date)
  GROUP BY rb.school_id, rb.pupil_id, rb.break_date, rb.newest_unread
)
SELECT
  rb.school_id,
  rb.pupil_id,
  rb.register_end,
  rb.upn,
  rb.nc_year,
  rb.read_from,
  rb.exact OR ended AS exact,
  CAST(CASE WHEN ended THEN 0 ELSE coalesce(r.days, 0) END AS INTEGER) AS days,
  CASE WHEN rb.exact AND NOT ended THEN r.since END AS since,
  CAST(
    CASE WHEN ended THEN 0 WHEN rb.exact THEN coalesce(r.days, 0) ELSE coalesce(r.known_days, 0) END AS INTEGER
  ) AS least_days,
  CAST(CASE WHEN ended THEN 0 ELSE coalesce(r.days, 0) + coalesce(r.unread_days, 0) END AS INTEGER) AS most_days,
  lsd.last_school_day
FROM run_breaks AS rb
LEFT JOIN runs AS r ON r.school_id = rb.school_id AND r.pupil_id = rb.pupil_id
LEFT JOIN last_school_days AS lsd ON lsd.school_id = rb.school_id
LEFT JOIN run_ends AS re ON re.school_id = rb.school_id AND re.pupil_id = rb.pupil_id,
LATERAL (SELECT lsd.school_id IS NOT NULL AND NOT coalesce(re.unexplained, false) AS ended)
`;
}

/**
 * The members of the list among cme_runs, with what sorts them: those known to reach $min_days (`sure`) and
 * those not known either way (`undecided`).
 */
const RANKED_RUNS = `
ranked AS (
  SELECT
    r.*,
    s.urn,
    r.least_days >= $min_days AS sure,
    r.least_days < $min_days AS undecided
  FROM cme_runs AS r
  JOIN schools AS s ON s.school_id = r.school_id
  WHERE r.most_days >= $min_days
)`;

/** Creates cme_far_reads (school_id, pupil_id, week_start): the older weeks to read for the page asked for. */
export function cmeFarReadsSql(sort: CmeMilestoneSort): string {
  const chosen =
    sort === 'days'
      ? `
page_floor AS (
  SELECT least_days AS days FROM ranked WHERE sure
  ORDER BY least_days DESC LIMIT 1 OFFSET $offset + $limit - 1
),
chosen AS (
  SELECT school_id, pupil_id FROM ranked
  WHERE NOT exact AND (undecided OR most_days >= coalesce((SELECT days FROM page_floor), 0))
)`
      : `
positioned AS (
  SELECT *, row_number() OVER (ORDER BY ${CME_MILESTONE_SORTS[sort]}, urn, upn) - 1 AS position
  FROM ranked
),
chosen AS (
  SELECT school_id, pupil_id FROM positioned
  WHERE NOT exact
    AND (undecided OR position < $offset + $limit + (SELECT count(*) FROM ranked WHERE undecided))
    AND (undecided OR position >= $offset)
)`;
  return `
CREATE OR REPLACE TEMP TABLE cme_far_reads AS
WITH ${RANKED_RUNS},${chosen}
SELECT cw.school_id, cw.pupil_id, cw.week_start
FROM cme_candidate_weeks AS cw
SEMI JOIN chosen AS c ON c.school_id = cw.school_id AND c.pupil_id = cw.pupil_id
WHERE cw.read AND cw.week_start < CAST($recent_floor AS DATE)
`;
}
