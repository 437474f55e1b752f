// "N school weeks ago" for each school, from its own registers: a school week is a week (Monday start) of the
// academic year in which the school's statutory cohort had possible sessions (school_weeks, the loader's
// per-school rollup), so half terms, holidays and weeks of planned closures (#) only are skipped, and a school
// whose last export is older simply counts back from its own last week. weeks_back 0 is the school's latest
// school week starting on or before the week of $as_of, 1 the school week before it, and so on; weeks of an
// earlier academic year are never reached. A CTE for a WITH clause; needs $academic_year and $as_of.
export const SCHOOL_WEEKS_BACK_SQL = `
school_weeks_back AS (
  SELECT
    school_id,
    week_start,
    row_number() OVER (PARTITION BY school_id ORDER BY week_start DESC) - 1 AS weeks_back
  FROM school_weeks
  WHERE academic_year = $academic_year
    AND possible > 0
    AND week_start <= week_start_of(CAST($as_of AS DATE))
)`;
