import {
  DEFAULT_UNEXPLAINED_ABSENCE_CODES,
  EXCLUDED_HALF_TERM_FOR_AGE_15,
  REGISTER_CODE_SETS,
} from '@attendance/domain';
import {
  hasUnexplainedSql,
  unexplainedColumns,
  unexplainedSessionsSql,
} from '../schema/unexplained-sessions.sql.js';
import { scopeCondition } from '../scope/scope-filter.sql.js';
import type { CmeCodeIds } from './cme-milestone-code-ids.js';
import {
  schoolRegisterEndsSql,
  sixthHalfTermJoinSql,
  statutoryOnDateSql,
} from './penalty-notice-and-cme-as-of.js';

// Which enrolments can have a CME run of $min_days school days or more, and which of their weeks need
// day-level marks (cme-milestone-runs.sql.ts), from the weekly summaries alone: a run can be months long (a
// child missing since the autumn), and reading marks back to September would read most of the year.
//
// - A school's weeks are those with register days up to the week of $as_of (school_weeks.school_days: dates
//   with a mark other than # or Z, registerCalendar's rule; a week's rows summed, as they split at 1 August),
//   numbered back from the latest (`recency` 1). A week without register days is never part of a run: it is
//   neither counted nor read.
// - A run needs an unexplained mark on the school's last school day (or a # there, stepped over): the
//   candidates are the enrolments with one in the school's latest school week or, when that week holds marks
//   after $as_of and is not Monday to Friday (its first register day may come after $as_of), in either of the
//   latest two. When that week holds marks after $as_of and someone has an N or O on the school's last register
//   date (so that date is its last school day), only the enrolments with an N, O or # that day, from the marks
//   of that one date: on a date inside a week, the summaries cannot tell the days before it from those after.
//   Always of the current pupils files and in the statutory cohort on the school's last register date.
// - A run back from the last school day cannot go past the latest week in which the enrolment has a present or
//   authorised mark, or no mark at all while the school had register days: the run's break week. The weeks
//   after it are the run's `stretch`, found from the loader-kept weeks with neither (unbroken_enrolment_weeks,
//   a few per cent of enrolment_weeks: scanning a year of weekly rows for them took a third of the list's
//   time); the few that hold another breaking code, such as G, only lengthen the stretch, as their days are
//   read. The week of $as_of, when it holds marks after $as_of, is in every stretch.
// - A stretch week is certified when its unexplained sessions are twice its register days: N and O (which make
//   their date a register day) fill both sessions of every register day, so every register day counts and
//   nothing breaks the run (any other mark would be a third session on one of them, or fall on a date that is
//   no register day and is never looked at): a week with a bank holiday, an inset day or fewer days counts its
//   register days without its marks being read. It needs school_weeks complete for the week (so not the week
//   of $as_of while marks after $as_of exist) and the unexplained columns to hold exactly N and O
//   (CERTIFIABLE).
// - The candidates are the enrolments whose run could still reach $min_days: a certified week adds its
//   register days, another stretch week at most its unexplained sessions (a counted day has one at least; not
//   in a week the summaries split in two rows, at 1 August or the start of the sixth half term, where the
//   other row may hold them: there its register days), the break week at most one day fewer than its
//   register days, and a week that may hold the school's last school day at most the unexplained sessions of
//   all its rows.
// - Days are read from marks (`read`) for the weeks from $recent_floor on (for every candidate:
//   cme-milestone-marks.sql.ts), the latest two (the school's last school day), the weeks that are not
//   certified, and a certified week that is not Monday to Friday if the run may start in it (its next older
//   week is not certified): its first register day is not known from the summaries. The other certified weeks
//   are counted from their Monday.

/**
 * Whether the unexplained columns count exactly the N and O marks: only then does a week with twice as many
 * as its register days prove every register day unexplained.
 */
const CERTIFIABLE =
  unexplainedColumns() !== null &&
  REGISTER_CODE_SETS.every((set) =>
    set.codes.every(
      (definition) =>
        DEFAULT_UNEXPLAINED_ABSENCE_CODES.includes(definition.code) ||
        definition.reasonColumn === null ||
        !(unexplainedColumns() ?? []).includes(definition.reasonColumn),
    ),
  );

/** Registers are taken Monday to Friday (the loader refuses weekend marks), two sessions a day. */
export const FULL_WEEK_DAYS = 5;

const AS_OF_WEEK = 'week_start_of(CAST($as_of AS DATE))';

/**
 * Creates cme_school_weeks: each school's weeks with register days up to the week of $as_of, numbered back
 * from the latest (`recency` 1), with school_days, `complete` (no mark after $as_of), `monday_to_friday` (five
 * register days and no mark after Friday: the loader refuses weekend marks, so these are Monday to Friday),
 * `split` (the week's summaries are two rows a pupil: it holds 1 August or a sixth half term starting after
 * its Monday) and the school's register_end. Only schools with marks on or before $as_of, in the scope.
 */
export function cmeSchoolWeeksSql(scoped: boolean): string {
  return `
CREATE OR REPLACE TEMP TABLE cme_school_weeks AS
WITH ${schoolRegisterEndsSql(scoped ? scopeCondition('school_id') : 'true')},
school_weeks_read AS (
  SELECT
    sw.school_id,
    sw.week_start,
    sum(sw.school_days) AS school_days,
    max(sw.last_mark_date) AS last_mark_date
  FROM school_weeks AS sw
  SEMI JOIN school_register_ends AS sre ON sre.school_id = sw.school_id
  WHERE sw.week_start <= ${AS_OF_WEEK}
  GROUP BY sw.school_id, sw.week_start
  HAVING sum(sw.school_days) > 0
)
SELECT
  swr.school_id,
  swr.week_start,
  CAST(swr.school_days AS INTEGER) AS school_days,
  swr.week_start < ${AS_OF_WEEK} OR swr.last_mark_date <= CAST($as_of AS DATE) AS complete,
  swr.school_days = ${FULL_WEEK_DAYS} AND swr.last_mark_date <= swr.week_start + ${FULL_WEEK_DAYS - 1}
    AS monday_to_friday,
  academic_year_of(swr.week_start) <> academic_year_of(swr.week_start + 6) OR sixth.start_date IS NOT NULL
    AS split,
  row_number() OVER (PARTITION BY swr.school_id ORDER BY swr.week_start DESC) AS recency,
  sre.register_end
FROM school_weeks_read AS swr
JOIN school_register_ends AS sre ON sre.school_id = swr.school_id
LEFT JOIN half_terms AS sixth
  ON sixth.number = ${EXCLUDED_HALF_TERM_FOR_AGE_15}
 AND sixth.start_date > swr.week_start
 AND sixth.start_date <= swr.week_start + 6
`;
}

/**
 * Every candidate's marks are read from the start of each school's latest two school weeks on, in one scan
 * (CME_NEAR_MARKS_SQL): most runs end there. Older weeks are certified or read for the runs a page needs.
 */
export const CME_RECENT_SCHOOL_WEEKS = 2;

/**
 * The constant the reads filter by as they scan ($recent_floor): the earliest start of any school's
 * $recent_weeks-th latest school week (or its earliest), leaving out schools for which that is before
 * $oldest_recent_from (a school that stopped sending data long ago: its weeks are read on their own). Any date
 * would give the same list; this one reads most runs in one scan.
 */
export const CME_RECENT_FLOOR_SQL = `
SELECT strftime(min(week_start), '%Y-%m-%d') AS recent_floor
FROM (
  SELECT school_id, min(week_start) AS week_start
  FROM cme_school_weeks
  WHERE recency <= $recent_weeks
  GROUP BY school_id
)
WHERE week_start >= CAST($oldest_recent_from AS DATE)
`;

/**
 * Creates cme_candidate_weeks: one row per candidate (school_id, pupil_id, with register_end, upn and
 * nc_year) and school week from its school's latest (recency 1) to its break week (not in_stretch), with
 * school_days, monday_to_friday, certified, unexplained (sessions, from the rows the stretch was found from;
 * null when they may miss some: the week of $as_of read whatever its counts, a split week not certified) and
 * read. Needs cme_school_weeks.
 */
export function cmeCandidateWeeksSql(codeIds: CmeCodeIds): string {
  const unexplained = unexplainedSessionsSql('w');
  return `
CREATE OR REPLACE TEMP TABLE cme_candidate_weeks AS
WITH last_day_weeks AS (
  SELECT latest.school_id, latest.week_start
  FROM cme_school_weeks AS latest
  WHERE latest.recency = 1
  UNION ALL
  SELECT earlier.school_id, earlier.week_start
  FROM cme_school_weeks AS earlier
  JOIN cme_school_weeks AS latest
    ON latest.school_id = earlier.school_id
   AND latest.recency = 1
   AND NOT (latest.complete OR latest.monday_to_friday)
  WHERE earlier.recency = 2
),
last_day_unexplained AS MATERIALIZED (
  SELECT w.school_id, w.pupil_id, w.week_start, sum(${unexplained}) AS unexplained
  FROM enrolment_weeks AS w
  JOIN last_day_weeks AS ldw ON ldw.school_id = w.school_id AND ldw.week_start = w.week_start
  WHERE w.week_start >= CAST($recent_floor AS DATE) AND ${hasUnexplainedSql('w')}
  GROUP BY w.school_id, w.pupil_id, w.week_start
  UNION ALL
  SELECT w.school_id, w.pupil_id, w.week_start, sum(${unexplained}) AS unexplained
  FROM enrolment_weeks AS w
  JOIN (SELECT * FROM last_day_weeks WHERE week_start < CAST($recent_floor AS DATE)) AS ldw
    ON ldw.school_id = w.school_id AND ldw.week_start = w.week_start
  WHERE ${hasUnexplainedSql('w')}
  GROUP BY w.school_id, w.pupil_id, w.week_start
),
last_register_dates AS (
  SELECT school_id, register_end
  FROM cme_school_weeks
  WHERE recency = 1 AND NOT complete AND register_end >= CAST($recent_floor AS DATE)
),
last_date_marks AS MATERIALIZED (
  SELECT
    m.school_id,
    m.pupil_id,
    bool_or(m.code_id IN (${codeIds.unexplained})) AS unexplained
  FROM marks AS m
  JOIN last_register_dates AS lrd ON lrd.school_id = m.school_id AND lrd.register_end = m.session_date
  WHERE m.session_date >= CAST($recent_floor AS DATE)
    AND m.code_id IN (${codeIds.unexplained}, ${codeIds.plannedClosure})
  GROUP BY m.school_id, m.pupil_id
),
last_school_days_known AS (
  SELECT DISTINCT school_id FROM last_date_marks WHERE unexplained
),
unexplained_at_end AS (
  SELECT ldm.school_id, ldm.pupil_id
  FROM last_date_marks AS ldm
  SEMI JOIN last_school_days_known AS k ON k.school_id = ldm.school_id
  UNION
  SELECT ldu.school_id, ldu.pupil_id
  FROM last_day_unexplained AS ldu
  ANTI JOIN last_school_days_known AS k ON k.school_id = ldu.school_id
),
enrolments_at_end AS (
  SELECT u.school_id, u.pupil_id, sre.register_end, e.upn, e.nc_year
  FROM unexplained_at_end AS u
  JOIN (SELECT DISTINCT school_id, register_end FROM cme_school_weeks) AS sre ON sre.school_id = u.school_id
  JOIN enrolments AS e ON e.school_id = u.school_id AND e.pupil_id = u.pupil_id
  ${sixthHalfTermJoinSql('sre.register_end')}
  WHERE ${statutoryOnDateSql('sre.register_end')}
),
unbroken_weeks AS (
  SELECT u.school_id, u.pupil_id, u.week_start, u.unexplained
  FROM unbroken_enrolment_weeks AS u
  SEMI JOIN enrolments_at_end AS ee ON ee.school_id = u.school_id AND ee.pupil_id = u.pupil_id
),
stretch_weeks AS (
  SELECT cw.school_id, cw.pupil_id, csw.recency, cw.unexplained
  FROM unbroken_weeks AS cw
  JOIN cme_school_weeks AS csw ON csw.school_id = cw.school_id AND csw.week_start = cw.week_start
  UNION ALL
  SELECT ee.school_id, ee.pupil_id, csw.recency, NULL AS unexplained
  FROM enrolments_at_end AS ee
  JOIN cme_school_weeks AS csw ON csw.school_id = ee.school_id AND NOT csw.complete
  ANTI JOIN unbroken_weeks AS cw
    ON cw.school_id = ee.school_id AND cw.pupil_id = ee.pupil_id AND cw.week_start = csw.week_start
),
stretches AS (
  SELECT sw.school_id, sw.pupil_id, min(sw.recency) AS stretch
  FROM (
    SELECT school_id, pupil_id, recency FROM stretch_weeks
    UNION ALL
    SELECT school_id, pupil_id, 0 AS recency FROM enrolments_at_end
  ) AS sw
  ANTI JOIN stretch_weeks AS next
    ON next.school_id = sw.school_id AND next.pupil_id = sw.pupil_id AND next.recency = sw.recency + 1
  GROUP BY sw.school_id, sw.pupil_id
),
-- Each enrolment's weeks by number (recency) up to its break week, so its weeks are an equality join: with
-- recency <= stretch + 1 as a condition DuckDB joined every enrolment to all its school's weeks first (about
-- 400,000 rows at full size, 60 to 90 ms).
enrolment_recencies AS MATERIALIZED (
  SELECT ee.*, unnest(range(1, s.stretch + 2)) AS recency
  FROM enrolments_at_end AS ee
  JOIN stretches AS s ON s.school_id = ee.school_id AND s.pupil_id = ee.pupil_id
),
run_weeks AS (
  SELECT
    ee.school_id,
    ee.pupil_id,
    ee.register_end,
    ee.upn,
    ee.nc_year,
    csw.week_start,
    csw.recency,
    csw.school_days,
    csw.monday_to_friday,
    sw.recency IS NOT NULL AS in_stretch,
    ${CERTIFIABLE} AND csw.complete AND coalesce(sw.unexplained = 2 * csw.school_days, false) AS certified,
    CASE
      WHEN NOT csw.split OR coalesce(sw.unexplained = 2 * csw.school_days, false) THEN sw.unexplained
    END AS unexplained,
    CASE WHEN ldw.school_id IS NOT NULL THEN coalesce(ldu.unexplained, 0) END AS last_day_unexplained
  FROM enrolment_recencies AS ee
  JOIN cme_school_weeks AS csw ON csw.school_id = ee.school_id AND csw.recency = ee.recency
  LEFT JOIN stretch_weeks AS sw
    ON sw.school_id = ee.school_id AND sw.pupil_id = ee.pupil_id AND sw.recency = csw.recency
  LEFT JOIN last_day_weeks AS ldw ON ldw.school_id = csw.school_id AND ldw.week_start = csw.week_start
  LEFT JOIN last_day_unexplained AS ldu
    ON ldu.school_id = ee.school_id AND ldu.pupil_id = ee.pupil_id AND ldu.week_start = csw.week_start
),
candidates AS (
  SELECT school_id, pupil_id
  FROM run_weeks
  GROUP BY school_id, pupil_id
  HAVING sum(
    least(
      CASE
        WHEN certified THEN school_days
        WHEN in_stretch THEN least(coalesce(unexplained, school_days), school_days)
        ELSE school_days - 1
      END,
      coalesce(last_day_unexplained, school_days)
    )
  ) >= $min_days
)
SELECT
  rw.school_id,
  rw.pupil_id,
  rw.register_end,
  rw.upn,
  rw.nc_year,
  rw.week_start,
  rw.recency,
  rw.school_days,
  rw.monday_to_friday,
  rw.in_stretch,
  rw.certified,
  CAST(rw.unexplained AS INTEGER) AS unexplained,
  rw.week_start >= CAST($recent_floor AS DATE)
    OR NOT rw.certified
    OR rw.recency <= 2
    OR NOT (rw.monday_to_friday OR coalesce(older.certified, false)) AS read
FROM run_weeks AS rw
SEMI JOIN candidates AS c ON c.school_id = rw.school_id AND c.pupil_id = rw.pupil_id
LEFT JOIN run_weeks AS older
  ON older.school_id = rw.school_id AND older.pupil_id = rw.pupil_id AND older.recency = rw.recency + 1
`;
}
