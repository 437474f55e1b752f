import { DFE_REASON_COLUMNS } from '@attendance/domain';
import { CATEGORY_COLUMNS, POSSIBLE_CATEGORIES } from './mark-code-periods.sql.js';

// enrolment_week_counts adds up its 21 count columns as one sum: each column has a 4-bit field of one HUGEINT,
// and a mark adds 1 to the field of every column it counts in. A (pupil, week) row holds at most 14 sessions
// (7 days x AM/PM; a pupil-session is unique), so no field carries into the next. One sum instead of 21
// filtered counts made the loader's summary refresh, its heaviest step after staging, about 30% faster.
const COUNT_COLUMNS = ['marks', 'possible', ...CATEGORY_COLUMNS, ...DFE_REASON_COLUMNS];
const COUNT_FIELD_BITS = 4;

function countField(column: string): string {
  return `(CAST(1 AS HUGEINT) << ${COUNT_FIELD_BITS * COUNT_COLUMNS.indexOf(column)})`;
}

/** The packed counts one mark adds, from its category and DfE reason numbers (mark-code-periods.sql.ts). */
function packedCountsSql(categoryNumber: string, reasonNumber: string): string {
  const byNumber = (number: string, columns: readonly string[]) =>
    `CASE ${number} ${columns.map((column, index) => `WHEN ${index + 1} THEN ${countField(column)}`).join(' ')} ELSE 0 END`;
  return [
    countField('marks'),
    `CASE WHEN ${categoryNumber} <= ${POSSIBLE_CATEGORIES} THEN ${countField('possible')} ELSE 0 END`,
    byNumber(categoryNumber, CATEGORY_COLUMNS),
    byNumber(reasonNumber, DFE_REASON_COLUMNS),
  ].join('\n      + ');
}

function unpackedCountsSql(packed: string): string {
  return COUNT_COLUMNS.map(
    (column, index) =>
      `CAST((${packed} >> ${COUNT_FIELD_BITS * index}) & ${2 ** COUNT_FIELD_BITS - 1} AS UTINYINT) AS ${column}`,
  ).join(',\n  ');
}

// Views and the one table macro over the compact marks (mark_code_periods: see mark-code-periods.sql.ts).
// CREATE OR REPLACE: rebuilt on every open.
// - marks_decoded: marks with URN, UPN and code text, for people and tests (no figure reads it).
// - enrolment_week_counts(first_school, last_school, first_date, last_date): the enrolment_weeks rows of the
//   marks of school ids first_school to last_school between two dates (ranges, not 'NULL = all', so DuckDB
//   pushes both into the scan and skips row groups by their min/max). Keep the date range to the dates
//   needed: it builds a row per date and code. The loader refreshes enrolment_weeks from it and the overview
//   uses it for a week the period cuts in two, so both count exactly alike.
// - cohort_enrolment_weeks: the enrolment_weeks rows of the statutory cohort: enrolments aged 5 to 15 on 31
//   August before the row's year (date of birth from the current pupils file), the sixth half term left out
//   at 15. The same rules as statutory_cohort_sessions, applied to weekly rows.
// - statutory_cohort_sessions: the statutory cohort's marks one by one, straight from marks. Figures read
//   enrolment_weeks instead; this view is the plain statement of the rules that tests compare them against.
export const CREATE_VIEWS_SQL = `
CREATE OR REPLACE VIEW marks_decoded AS
SELECT s.urn, p.upn, m.session_date, m.session, mc.code
FROM marks AS m
JOIN schools AS s ON s.school_id = m.school_id
JOIN pupils AS p ON p.pupil_id = m.pupil_id
JOIN mark_codes AS mc ON mc.code_id = m.code_id;

CREATE OR REPLACE MACRO enrolment_week_counts(first_school, last_school, first_date, last_date) AS TABLE
WITH days AS (
  SELECT CAST(day AS DATE) AS day
  FROM range(CAST(first_date AS TIMESTAMP), CAST(last_date AS TIMESTAMP) + INTERVAL 1 DAY, INTERVAL 1 DAY) AS days(day)
),
-- Everything a mark's summary row depends on besides its pupil, worked out once per (date, code) rather than
-- once per mark: one equality hash join then gives each mark all of it.
day_codes AS (
  SELECT
    days.day,
    cp.code_id,
    ${packedCountsSql('cp.category_number', 'cp.reason_number')} AS packed_counts,
    academic_year_of(days.day) AS academic_year,
    week_start_of(days.day) AS week_start,
    coalesce(days.day >= sixth_half_term.start_date, false) AS from_sixth_half_term
  FROM days
  JOIN mark_code_periods AS cp
    ON (cp.in_force_from IS NULL OR days.day >= cp.in_force_from)
   AND (cp.in_force_to IS NULL OR days.day < cp.in_force_to)
  LEFT JOIN half_terms AS sixth_half_term
    ON sixth_half_term.academic_year = academic_year_of(days.day) AND sixth_half_term.number = 6
),
categorised_marks AS (
  SELECT m.school_id, m.pupil_id, m.session_date, dc.*
  FROM marks AS m
  JOIN day_codes AS dc ON dc.day = m.session_date AND dc.code_id = m.code_id
  WHERE m.school_id BETWEEN first_school AND last_school
    AND m.session_date BETWEEN CAST(first_date AS DATE) AND CAST(last_date AS DATE)
),
week_sums AS (
  SELECT
    cm.school_id,
    cm.pupil_id,
    cm.academic_year,
    cm.week_start,
    cm.from_sixth_half_term,
    max(cm.session_date) AS last_mark_date,
    sum(cm.packed_counts) AS packed_counts
  FROM categorised_marks AS cm
  GROUP BY ALL
)
SELECT
  school_id,
  pupil_id,
  academic_year,
  week_start,
  from_sixth_half_term,
  last_mark_date,
  ${unpackedCountsSql('packed_counts')}
FROM week_sums;

CREATE OR REPLACE VIEW cohort_enrolment_weeks AS
SELECT w.*
FROM enrolment_weeks AS w
JOIN (SELECT school_id, pupil_id, date_of_birth FROM enrolments) AS e
  ON e.school_id = w.school_id AND e.pupil_id = w.pupil_id
WHERE in_statutory_cohort(age_at_year_start(w.academic_year, e.date_of_birth), w.from_sixth_half_term);

CREATE OR REPLACE VIEW statutory_cohort_sessions AS
WITH categorised_marks AS (
  SELECT
    m.school_id,
    m.pupil_id,
    m.session_date,
    m.session,
    cp.category,
    cp.reason_column,
    academic_year_of(m.session_date) AS academic_year
  FROM marks AS m
  JOIN mark_code_periods AS cp
    ON cp.code_id = m.code_id
   AND (cp.in_force_from IS NULL OR m.session_date >= cp.in_force_from)
   AND (cp.in_force_to IS NULL OR m.session_date < cp.in_force_to)
),
aged_marks AS (
  SELECT
    cm.*,
    e.urn,
    e.upn,
    age_at_year_start(cm.academic_year, e.date_of_birth) AS age_at_year_start
  FROM categorised_marks AS cm
  JOIN enrolments AS e ON e.school_id = cm.school_id AND e.pupil_id = cm.pupil_id
)
SELECT
  am.urn,
  am.upn,
  am.session_date,
  am.session,
  am.academic_year,
  am.category,
  am.reason_column
FROM aged_marks AS am
LEFT JOIN half_terms AS sixth_half_term
  ON sixth_half_term.academic_year = am.academic_year AND sixth_half_term.number = 6
WHERE in_statutory_cohort(am.age_at_year_start, am.session_date >= sixth_half_term.start_date);
`;
