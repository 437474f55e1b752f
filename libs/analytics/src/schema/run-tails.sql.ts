import {
  DEFAULT_UNEXPLAINED_ABSENCE_CODES,
  NON_SCHOOL_DAY_MARKS,
  PLANNED_CLOSURE_CODE,
} from '@attendance/domain';

// enrolment_week_run_tails (create-tables.sql.ts): for each enrolment and week, the CME run that reaches the
// week's last school day followed back through the week alone, by the rules of the domain's
// consecutiveUnexplainedAbsenceDays and registerCalendar (as cme-milestone-runs.sql.ts follows it over marks):
// a school day is a date of the week on which the school has a mark other than # or Z; a pupil's day whose
// marks are all # is stepped over, one whose marks are all N, O or # (not all #) counts, and any other mark, or
// no mark, breaks the run. tail_days counts the days after the latest break (tail_from the first of them),
// `broken` says whether there is one. Kept only where the last school day does not break (not broken, or
// tail_days above 0): the weeks a run can go back into.
//
// It depends on the week's marks alone (the school's, for its calendar), so a load recounts only the weeks its
// marks touch ($recount_from to $recount_to) for its schools ($school_ids, all between $first_school and
// $last_school so DuckDB skips other schools' row groups): a nightly load reads one week of marks.

function quoted(codes: readonly string[]): string {
  return codes.map((code) => `'${code.replaceAll("'", "''")}'`).join(', ');
}

const RECOUNTED = `school_id BETWEEN $first_school AND $last_school
  AND list_contains($school_ids, school_id)
  AND week_start BETWEEN week_start_of(CAST($recount_from AS DATE))
    AND week_start_of(CAST($recount_to AS DATE))`;

export const DELETE_RUN_TAILS_SQL = `DELETE FROM enrolment_week_run_tails WHERE ${RECOUNTED}`;

const MARKS_RECOUNTED = `
  FROM marks AS m
  JOIN codes AS c ON c.code_id = m.code_id
  WHERE m.school_id BETWEEN $first_school AND $last_school
    AND list_contains($school_ids, m.school_id)
    AND m.session_date BETWEEN week_start_of(CAST($recount_from AS DATE))
      AND week_start_of(CAST($recount_to AS DATE)) + 6`;

// Only the pupil weeks with an N, O or # can have a row (a last school day that does not break), so only their
// marks are grouped by day: a rebuild of every week reads all marks but groups a few per cent of them.
export const INSERT_RUN_TAILS_SQL = `
INSERT INTO enrolment_week_run_tails BY NAME
WITH codes AS (
  SELECT
    code_id,
    code NOT IN (${quoted(NON_SCHOOL_DAY_MARKS)}) AS school_day,
    code = '${PLANNED_CLOSURE_CODE}' AS closed,
    code IN (${quoted([...DEFAULT_UNEXPLAINED_ABSENCE_CODES, PLANNED_CLOSURE_CODE])}) AS unexplained
  FROM mark_codes
),
school_days AS (
  SELECT m.school_id, week_start_of(m.session_date) AS week_start, m.session_date
  ${MARKS_RECOUNTED}
  GROUP BY m.school_id, m.session_date
  HAVING bool_or(c.school_day)
),
run_weeks AS (
  SELECT DISTINCT m.school_id, m.pupil_id, week_start_of(m.session_date) AS week_start
  ${MARKS_RECOUNTED}
    AND c.unexplained
),
pupil_days AS (
  SELECT
    m.school_id,
    m.pupil_id,
    m.session_date,
    bool_and(c.closed) AS closed,
    bool_and(c.unexplained) AS unexplained
  ${MARKS_RECOUNTED}
    AND (m.school_id, m.pupil_id, week_start_of(m.session_date)) IN (SELECT * FROM run_weeks)
  GROUP BY m.school_id, m.pupil_id, m.session_date
),
days AS (
  SELECT
    rw.school_id,
    rw.pupil_id,
    rw.week_start,
    sd.session_date,
    coalesce(pd.unexplained AND NOT pd.closed, false) AS counts,
    NOT coalesce(pd.unexplained, false) AS breaks
  FROM run_weeks AS rw
  JOIN school_days AS sd ON sd.school_id = rw.school_id AND sd.week_start = rw.week_start
  LEFT JOIN pupil_days AS pd
    ON pd.school_id = rw.school_id AND pd.pupil_id = rw.pupil_id AND pd.session_date = sd.session_date
),
breaks AS (
  SELECT school_id, pupil_id, week_start, max(session_date) FILTER (WHERE breaks) AS break_date
  FROM days
  GROUP BY school_id, pupil_id, week_start
)
SELECT
  d.school_id,
  d.pupil_id,
  d.week_start,
  CAST(count(*) FILTER (WHERE d.counts) AS UTINYINT) AS tail_days,
  min(d.session_date) FILTER (WHERE d.counts) AS tail_from,
  b.break_date IS NOT NULL AS broken
FROM days AS d
JOIN breaks AS b ON b.school_id = d.school_id AND b.pupil_id = d.pupil_id AND b.week_start = d.week_start
WHERE b.break_date IS NULL OR d.session_date > b.break_date
GROUP BY d.school_id, d.pupil_id, d.week_start, b.break_date
HAVING b.break_date IS NULL OR count(*) FILTER (WHERE d.counts) > 0
ORDER BY d.school_id, d.pupil_id, d.week_start
`;
