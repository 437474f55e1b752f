import { DFE_REASON_COLUMNS, NON_SCHOOL_DAY_MARKS } from '@attendance/domain';
import { unbrokenRowSql, unexplainedSessionsSql } from './unexplained-sessions.sql.js';

// The rollups' refresh (create-tables.sql.ts): the rows of the schools $school_ids (all between $first_school
// and $last_school, so DuckDB skips other schools' row groups by their min/max) deleted and rebuilt for every
// academic year, from their enrolment_weeks and current enrolments. school_days depends on marks alone, which
// a load changes only from its first to its last date: it is recounted from marks for the weeks of
// $recount_from to $recount_to (NULL: none) and kept from the rows being replaced for every other week, so a
// nightly load reads one week of marks, not the school's year. The loader runs
// it in each export's transaction after enrolment_weeks is refreshed (even an export with no marks changes
// them: its pupils file alone can change who is in the statutory cohort); ensureSchema runs it for every
// school when it rebuilds the rollups of a store written by an earlier layout.

function schoolsSql(column = 'school_id'): string {
  return `${column} BETWEEN $first_school AND $last_school AND list_contains($school_ids, ${column})`;
}

/** The counts enrolment_years holds per enrolment, year and cohort (also what a period's figures sum). */
export const ENROLMENT_YEAR_COUNTS = [
  'possible',
  'present',
  'approved_educational_activity',
  'authorised',
  'unauthorised',
  ...DFE_REASON_COLUMNS,
] as const;

const nonSchoolDayCodes = NON_SCHOOL_DAY_MARKS.map((code) => `'${code}'`).join(', ');

export const KEEP_SCHOOL_DAYS_SQL = `
CREATE OR REPLACE TEMP TABLE kept_school_days AS
SELECT school_id, academic_year, week_start, school_days
FROM school_weeks
WHERE ${schoolsSql()}
  AND NOT coalesce(
    week_start BETWEEN week_start_of(CAST($recount_from AS DATE)) AND week_start_of(CAST($recount_to AS DATE)),
    false
  )
`;

export const DROP_KEPT_SCHOOL_DAYS_SQL = `DROP TABLE IF EXISTS kept_school_days`;

export const DELETE_ROLLUPS_SQL = {
  enrolmentYears: `DELETE FROM enrolment_years WHERE ${schoolsSql()}`,
  schoolWeeks: `DELETE FROM school_weeks WHERE ${schoolsSql()}`,
  unbrokenEnrolmentWeeks: `DELETE FROM unbroken_enrolment_weeks WHERE ${schoolsSql()}`,
};

export const INSERT_UNBROKEN_ENROLMENT_WEEKS_SQL = `
INSERT INTO unbroken_enrolment_weeks BY NAME
SELECT w.school_id, w.pupil_id, w.week_start, sum(${unexplainedSessionsSql('w')}) AS unexplained
FROM enrolment_weeks AS w
WHERE ${schoolsSql('w.school_id')} AND ${unbrokenRowSql('w')}
GROUP BY w.school_id, w.pupil_id, w.week_start
ORDER BY w.school_id, w.pupil_id, w.week_start
`;

export const INSERT_ENROLMENT_YEARS_SQL = `
INSERT INTO enrolment_years BY NAME
SELECT
  w.school_id,
  w.pupil_id,
  w.academic_year,
  in_statutory_cohort(age_at_year_start(w.academic_year, e.date_of_birth), w.from_sixth_half_term)
    AS statutory_cohort,
  ${ENROLMENT_YEAR_COUNTS.map((column) => `sum(w.${column}) AS ${column}`).join(',\n  ')}
FROM enrolment_weeks AS w
JOIN enrolments AS e ON e.school_id = w.school_id AND e.pupil_id = w.pupil_id
WHERE ${schoolsSql('w.school_id')}
GROUP BY ALL
ORDER BY w.school_id, w.academic_year, w.pupil_id
`;

export const INSERT_SCHOOL_WEEKS_SQL = `
INSERT INTO school_weeks BY NAME
WITH register_days AS (
  SELECT
    school_id,
    session_date,
    bool_or(code_id NOT IN (SELECT code_id FROM mark_codes WHERE code IN (${nonSchoolDayCodes}))) AS is_school_day
  FROM marks
  WHERE ${schoolsSql()}
    AND session_date BETWEEN week_start_of(CAST($recount_from AS DATE)) AND week_start_of(CAST($recount_to AS DATE)) + 6
  GROUP BY school_id, session_date
),
week_school_days AS (
  SELECT
    school_id,
    academic_year_of(session_date) AS academic_year,
    week_start_of(session_date) AS week_start,
    count(*) FILTER (WHERE is_school_day) AS school_days
  FROM register_days
  GROUP BY ALL
  UNION ALL
  SELECT school_id, academic_year, week_start, school_days FROM kept_school_days
),
all_weeks AS (
  SELECT school_id, academic_year, week_start, max(last_mark_date) AS last_mark_date
  FROM enrolment_weeks
  WHERE ${schoolsSql()}
  GROUP BY ALL
),
cohort AS (
  SELECT
    school_id,
    academic_year,
    week_start,
    sum(possible) AS possible,
    sum(present) AS present,
    sum(approved_educational_activity) AS approved_educational_activity,
    sum(authorised) AS authorised,
    sum(unauthorised) AS unauthorised
  FROM cohort_enrolment_weeks
  WHERE ${schoolsSql()}
  GROUP BY ALL
)
SELECT
  all_weeks.school_id,
  all_weeks.academic_year,
  all_weeks.week_start,
  all_weeks.last_mark_date,
  coalesce(wsd.school_days, 0) AS school_days,
  coalesce(cohort.possible, 0) AS possible,
  coalesce(cohort.present, 0) AS present,
  coalesce(cohort.approved_educational_activity, 0) AS approved_educational_activity,
  coalesce(cohort.authorised, 0) AS authorised,
  coalesce(cohort.unauthorised, 0) AS unauthorised
FROM all_weeks
LEFT JOIN week_school_days AS wsd USING (school_id, academic_year, week_start)
LEFT JOIN cohort USING (school_id, academic_year, week_start)
ORDER BY all_weeks.school_id, all_weeks.academic_year, all_weeks.week_start
`;

/** Every school in the store, for a refresh of them all. */
export const ALL_SCHOOL_IDS_SQL = `SELECT school_id FROM schools ORDER BY school_id`;
