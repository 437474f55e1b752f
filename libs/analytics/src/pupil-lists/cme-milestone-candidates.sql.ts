import { DEFAULT_UNEXPLAINED_ABSENCE_CODES, REGISTER_CODE_SETS } from '@attendance/domain';
import { scopeCondition } from '../scope/scope-filter.sql.js';
import { schoolRegisterEndsSql } from './penalty-notice-and-cme-as-of.js';

// Where CME runs (cme-milestone-list.sql.ts) can reach, from the weekly summaries, so that marks are read only
// there: a run can be months long (a child missing since the autumn), and reading every school's marks back
// to September would read most of the year.
//
// - An enrolment's run cannot start before its latest week with a mark that is neither unexplained nor # or Z
//   (a present, explained or late mark breaks the run on its day), nor before its first week with marks (the
//   school day before a pupil's first mark has no mark, which breaks a run). The week of $as_of is left out of
//   that search, as it may hold marks after $as_of. That week is the enrolment's `run_from`.
// - Only enrolments with marks from the school's latest week before that of $as_of in which its statutory
//   cohort had possible sessions (a run must hold the school's last school day) and at least $min_days
//   unexplained sessions from run_from on can have such a run: the candidates. Unexplained sessions are the DfE
//   reason columns of N and O (unexplainedSessionsSql); a code sharing them would only loosen the bounds.
// - Most enrolments have such a mark in the school's latest $recent_weeks weeks with marks, so only those
//   weeks of enrolment_weeks are grouped for everyone (their unexplained sessions in all of those weeks, a few
//   more than from run_from on, decide); the whole history only for the rest, the `deep` ones.
// - Each school's marks are read from its shallow candidates' earliest run_from (`shallow_from`). Before that,
//   a deep candidate's week in which all ten sessions, Monday to Friday, are N or O is a certified week: five
//   unexplained school days, no break (a weekday with an N or O mark is a school day, and weekend marks are
//   refused), so it is not read. Its other weeks with marks at the school (the week it was last seen, weeks with
//   a bank holiday, an inset day or a half day) are read, for every deep candidate of the school
//   (`read_weeks`); a certified week of one candidate that another needs read is read, not certified.
// - The reads filter by a constant the scan applies itself ($recent_floor, cmeRecentFloorSql: the earliest
//   recent week of any school, leaving out schools whose data stopped long before $as_of, read on their own).

/** The enrolment_weeks columns holding every unexplained mark; `marks` when a code has no reason column. */
export function unexplainedSessionsSql(): string {
  const columns = new Set<string>();
  for (const set of REGISTER_CODE_SETS) {
    for (const definition of set.codes) {
      if (!DEFAULT_UNEXPLAINED_ABSENCE_CODES.includes(definition.code)) continue;
      if (definition.reasonColumn === null) return 'marks';
      columns.add(definition.reasonColumn);
    }
  }
  return columns.size === 0 ? 'marks' : `(${[...columns].sort().join(' + ')})`;
}

const AS_OF_WEEK = 'week_start_of(CAST($as_of AS DATE))';

/** Registers are taken Monday to Friday (the loader refuses weekend marks), two sessions a day. */
export const FULL_WEEK_DAYS = 5;
const FULL_WEEK_SESSIONS = 2 * FULL_WEEK_DAYS;

/**
 * Whether a week's unexplained sessions (unexplainedSessionsSql) are exactly its N and O marks: only then does
 * a week of FULL_WEEK_SESSIONS of them prove every weekday was an unexplained school day.
 */
const CERTIFIABLE = String(
  REGISTER_CODE_SETS.every((set) =>
    set.codes.every(
      (definition) =>
        DEFAULT_UNEXPLAINED_ABSENCE_CODES.includes(definition.code) ||
        definition.reasonColumn === null ||
        !unexplainedSessionsSql().includes(definition.reasonColumn),
    ),
  ) && unexplainedSessionsSql() !== 'marks',
);

function weeklyRowSql(alias: string): string {
  return `${alias}.school_id,
    ${alias}.pupil_id,
    ${alias}.week_start,
    ${alias}.marks,
    ${alias}.administrative,
    ${unexplainedSessionsSql().replaceAll(/sess_\w+/g, (column) => `${alias}.${column}`)} AS unexplained`;
}

/** The WITH clause ending in `school_bounds`: each school's active_from, recent_from and recent_weeks_from. */
function cmeSchoolBoundsSql(scoped: boolean): string {
  return `
WITH ${schoolRegisterEndsSql(scoped ? scopeCondition('school_id') : 'true')},
school_marked_weeks AS (
  SELECT
    sw.school_id,
    sw.week_start,
    bool_or(sw.possible > 0) AS statutory_sessions,
    row_number() OVER (PARTITION BY sw.school_id ORDER BY sw.week_start DESC) AS recency
  FROM school_weeks AS sw
  JOIN school_register_ends AS sre ON sre.school_id = sw.school_id
  WHERE sw.week_start <= ${AS_OF_WEEK}
  GROUP BY sw.school_id, sw.week_start
),
school_bounds AS (
  SELECT *, least(recent_from, active_from) AS recent_weeks_from
  FROM (
    SELECT
      school_id,
      coalesce(
        max(week_start) FILTER (WHERE statutory_sessions AND week_start < ${AS_OF_WEEK}),
        min(week_start)
      ) AS active_from,
      min(week_start) FILTER (WHERE recency <= $recent_weeks) AS recent_from
    FROM school_marked_weeks
    GROUP BY school_id
  )
)`;
}

/**
 * The earliest week any school's recent weeks start, leaving out schools whose start before
 * $oldest_recent_from (a school that stopped sending data long ago): the constant the reads of the main
 * statement filter by as they scan ($recent_floor), reading the schools left out apart.
 */
export function cmeRecentFloorSql(scoped: boolean): string {
  return `${cmeSchoolBoundsSql(scoped)}
SELECT min(recent_weeks_from) FILTER (WHERE recent_weeks_from >= CAST($oldest_recent_from AS DATE)) AS recent_floor
FROM school_bounds
`;
}

/** The WITH clause ending in `candidates` (school_id, pupil_id, run_from, deep) and `school_reads`. */
function cmeCandidatesSql(scoped: boolean): string {
  const definiteBreak = `week_start < ${AS_OF_WEEK} AND marks > unexplained + administrative`;
  return `${cmeSchoolBoundsSql(scoped)},
recent_rows AS (
  SELECT ${weeklyRowSql('w')}, sb.active_from
  FROM enrolment_weeks AS w
  JOIN school_bounds AS sb ON sb.school_id = w.school_id
  WHERE w.week_start >= CAST($recent_floor AS DATE)
    AND w.week_start >= sb.recent_weeks_from
    AND w.week_start <= ${AS_OF_WEEK}
  UNION ALL
  SELECT ${weeklyRowSql('w')}, sb.active_from
  FROM enrolment_weeks AS w
  JOIN school_bounds AS sb ON sb.school_id = w.school_id
  WHERE sb.recent_weeks_from < CAST($recent_floor AS DATE)
    AND w.week_start >= sb.recent_weeks_from
    AND w.week_start < CAST($recent_floor AS DATE)
),
active_enrolments AS (
  SELECT
    school_id,
    pupil_id,
    max(week_start) FILTER (WHERE ${definiteBreak}) AS recent_break_week,
    sum(unexplained) AS recent_unexplained
  FROM recent_rows
  GROUP BY school_id, pupil_id
  HAVING max(week_start) >= any_value(active_from)
),
deep_rows AS (
  SELECT ${weeklyRowSql('w')}
  FROM enrolment_weeks AS w
  SEMI JOIN (SELECT school_id, pupil_id FROM active_enrolments WHERE recent_break_week IS NULL) AS ae
    ON ae.school_id = w.school_id AND ae.pupil_id = w.pupil_id
  WHERE w.week_start <= ${AS_OF_WEEK}
),
deep_bounds AS (
  SELECT
    school_id,
    pupil_id,
    coalesce(max(week_start) FILTER (WHERE ${definiteBreak}), min(week_start)) AS run_from
  FROM deep_rows
  GROUP BY school_id, pupil_id
),
candidates AS (
  SELECT school_id, pupil_id, recent_break_week AS run_from, false AS deep
  FROM active_enrolments
  WHERE recent_break_week IS NOT NULL AND recent_unexplained >= $min_days
  UNION ALL
  SELECT db.school_id, db.pupil_id, db.run_from, true AS deep
  FROM deep_bounds AS db
  JOIN deep_rows AS d ON d.school_id = db.school_id AND d.pupil_id = db.pupil_id
  WHERE d.week_start >= db.run_from
  GROUP BY db.school_id, db.pupil_id, db.run_from
  HAVING sum(d.unexplained) >= $min_days
),
school_reads AS (
  SELECT
    school_id,
    coalesce(min(run_from) FILTER (WHERE NOT deep), ${AS_OF_WEEK}) AS shallow_from,
    min(run_from) FILTER (WHERE deep) AS deep_from
  FROM candidates
  GROUP BY school_id
)`;
}

/**
 * The candidates, each with its school's reads: marks from `shallow_from` for every candidate's school, and
 * from `deep_from` (before shallow_from) for the schools of deep candidates.
 */
export function cmeCandidatesListSql(scoped: boolean): string {
  return `${cmeCandidatesSql(scoped)},
deep_candidate_weeks AS (
  SELECT
    c.school_id,
    c.pupil_id,
    smw.week_start,
    coalesce(${CERTIFIABLE} AND sum(d.marks) = ${FULL_WEEK_SESSIONS} AND sum(d.unexplained) = ${FULL_WEEK_SESSIONS}, false)
      AS unexplained_all_week
  FROM candidates AS c
  JOIN school_reads AS sr ON sr.school_id = c.school_id
  JOIN school_marked_weeks AS smw
    ON smw.school_id = c.school_id AND smw.week_start >= c.run_from AND smw.week_start < sr.shallow_from
  LEFT JOIN deep_rows AS d
    ON d.school_id = c.school_id AND d.pupil_id = c.pupil_id AND d.week_start = smw.week_start
  WHERE c.deep
  GROUP BY c.school_id, c.pupil_id, smw.week_start
),
read_weeks AS (
  SELECT school_id, string_agg(strftime(week_start, '%Y-%m-%d'), ',' ORDER BY week_start) AS read_weeks
  FROM (SELECT DISTINCT school_id, week_start FROM deep_candidate_weeks WHERE NOT unexplained_all_week)
  GROUP BY school_id
),
certified_weeks AS (
  SELECT
    dcw.school_id,
    dcw.pupil_id,
    string_agg(strftime(dcw.week_start, '%Y-%m-%d'), ',' ORDER BY dcw.week_start) AS certified_weeks
  FROM deep_candidate_weeks AS dcw
  WHERE dcw.week_start NOT IN (
    SELECT week_start FROM deep_candidate_weeks AS other
    WHERE other.school_id = dcw.school_id AND NOT other.unexplained_all_week
  )
  GROUP BY dcw.school_id, dcw.pupil_id
)
SELECT
  c.school_id,
  c.pupil_id,
  strftime(c.run_from, '%Y-%m-%d') AS run_from,
  strftime(sr.shallow_from, '%Y-%m-%d') AS shallow_from,
  strftime(sr.deep_from, '%Y-%m-%d') AS deep_from,
  rw.read_weeks,
  cw.certified_weeks
FROM candidates AS c
JOIN school_reads AS sr ON sr.school_id = c.school_id
LEFT JOIN read_weeks AS rw ON rw.school_id = c.school_id
LEFT JOIN certified_weeks AS cw ON cw.school_id = c.school_id AND cw.pupil_id = c.pupil_id
ORDER BY c.school_id, c.pupil_id
`;
}
