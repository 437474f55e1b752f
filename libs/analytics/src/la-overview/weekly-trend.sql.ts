import { scopeCondition } from '../scope/scope-filter.sql.js';

// Statutory-cohort session counts per calendar week (Monday start); only weeks with possible sessions appear.
// Categories as in enrolment-measures.sql.ts. With `scoped`, only the schools of $scope_urns.
function weeklyTrendSql(from: string, filter: string): string {
  return `
SELECT
  week_start,
  sum(possible) AS possible,
  sum(present) AS present,
  sum(approved_educational_activity) AS approved_educational_activity,
  sum(authorised) AS authorised,
  sum(unauthorised) AS unauthorised
FROM ${from}
${filter}
GROUP BY week_start
HAVING sum(possible) > 0
ORDER BY week_start
`;
}

/** Any period: follows the WITH clause of period-enrolment-weeks.sql.ts (its `cohort_weeks`). */
export function periodWeeklyTrendSql(scoped: boolean): string {
  return weeklyTrendSql('cohort_weeks', scoped ? `WHERE ${scopeCondition()}` : '');
}

/** A whole academic year (or the year to date), from the loader's rollup school_weeks. */
export function wholeYearWeeklyTrendSql(scoped: boolean): string {
  return weeklyTrendSql(
    'school_weeks',
    `WHERE academic_year = $academic_year ${scoped ? `AND ${scopeCondition()}` : ''}`,
  );
}
