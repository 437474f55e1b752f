// Statutory-cohort session counts per calendar week (Monday start); only weeks with possible sessions appear.
// Categories as in enrolment-measures.sql.ts.
function weeklyTrendSql(from: string): string {
  return `
SELECT
  week_start,
  sum(possible) AS possible,
  sum(present) AS present,
  sum(approved_educational_activity) AS approved_educational_activity,
  sum(authorised) AS authorised,
  sum(unauthorised) AS unauthorised
FROM ${from}
GROUP BY week_start
HAVING sum(possible) > 0
ORDER BY week_start
`;
}

/** Any period: follows the WITH clause of period-enrolment-weeks.sql.ts (its `cohort_weeks`). */
export const WEEKLY_TREND_SQL = weeklyTrendSql('cohort_weeks');

/** A whole academic year (or the year to date), from the loader's rollup school_weeks. */
export const WHOLE_YEAR_WEEKLY_TREND_SQL = weeklyTrendSql(
  'school_weeks WHERE academic_year = $academic_year',
);
