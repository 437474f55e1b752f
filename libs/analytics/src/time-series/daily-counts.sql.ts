import { EXCLUDED_HALF_TERM_FOR_AGE_15 } from '@attendance/domain';
import { CATEGORY_COLUMNS, POSSIBLE_CATEGORIES } from '../schema/mark-code-periods.sql.js';
import { scopeCondition } from '../scope/scope-filter.sql.js';

// Session counts per date, straight from marks: the summaries are weekly. Counted as the enrolment_week_counts
// macro counts (schema/create-views.sql.ts): each (date, code) is given its category once from
// mark_code_periods and marks join that on equality; only the categories that make up possible sessions are
// kept. Marks are filtered on their own date column by a constant range ($from_date to $to_date) and, with
// `scoped`, on their school column by the scope's schools (scope/scope-filter.sql.ts), so DuckDB skips the row
// groups outside them. The dates lie in academic year $academic_year. The cohort is decided as
// la-overview/period-enrolment-weeks.sql.ts decides it: age on 31 August before the year from the current
// pupils file, the sixth half term (half_terms) left out at 15; $statutory false gives exactly the other marks.

const POSSIBLE_COLUMNS = CATEGORY_COLUMNS.slice(0, POSSIBLE_CATEGORIES);

export function dailyCountsSql(scoped: boolean): string {
  return `
WITH days AS (
  SELECT CAST(day AS DATE) AS day
  FROM range(CAST($from_date AS TIMESTAMP), CAST($to_date AS TIMESTAMP) + INTERVAL 1 DAY, INTERVAL 1 DAY) AS days(day)
),
day_codes AS (
  SELECT
    days.day,
    cp.code_id,
    cp.category_number,
    coalesce(days.day >= sixth_half_term.start_date, false) AS from_sixth_half_term
  FROM days
  JOIN mark_code_periods AS cp
    ON (cp.in_force_from IS NULL OR days.day >= cp.in_force_from)
   AND (cp.in_force_to IS NULL OR days.day < cp.in_force_to)
  LEFT JOIN half_terms AS sixth_half_term
    ON sixth_half_term.academic_year = $academic_year
   AND sixth_half_term.number = ${EXCLUDED_HALF_TERM_FOR_AGE_15}
  WHERE cp.category_number <= ${POSSIBLE_CATEGORIES}
),
day_marks AS (
  SELECT m.school_id, m.pupil_id, dc.day, dc.category_number, dc.from_sixth_half_term
  FROM marks AS m
  JOIN day_codes AS dc ON dc.day = m.session_date AND dc.code_id = m.code_id
  WHERE m.session_date BETWEEN CAST($from_date AS DATE) AND CAST($to_date AS DATE)
    ${scoped ? `AND ${scopeCondition('m.school_id')}` : ''}
),
cohort_marks AS (
  SELECT dm.day, dm.category_number
  FROM day_marks AS dm
  JOIN (SELECT school_id, pupil_id, age_at_year_start($academic_year, date_of_birth) AS age FROM enrolments) AS e
    ON e.school_id = dm.school_id AND e.pupil_id = dm.pupil_id
  WHERE in_statutory_cohort(e.age, dm.from_sixth_half_term) = $statutory
)
SELECT
  day,
  count(*) AS possible,
  ${POSSIBLE_COLUMNS.map((column, index) => `count(*) FILTER (WHERE category_number = ${index + 1}) AS ${column}`).join(',\n  ')}
FROM cohort_marks
GROUP BY day
ORDER BY day
`;
}
