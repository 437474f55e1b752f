import { scopeCondition } from '../scope/scope-filter.sql.js';

// Statutory-cohort session counts per calendar week (Monday start); only weeks with possible sessions appear.
// Categories as in enrolment-measures.sql.ts. With `scoped`, only the schools of $scope_urns.

const WEEK_COUNTS = ['possible', 'present', 'approved_educational_activity', 'authorised', 'unauthorised'];

function weeklyTrendSql(from: string, filter: string): string {
  return `
SELECT
  week_start,
  ${WEEK_COUNTS.map((column) => `sum(${column}) AS ${column}`).join(',\n  ')}
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

/**
 * Any period of the statutory cohort: its whole weeks ($summary_from to $summary_to; none unless `summaryWeeks`)
 * from the loader's rollup school_weeks (the statutory cohort's counts per school and week), and a week it cuts
 * in two from `cohort_weeks` of a WITH clause of period-enrolment-weeks.sql.ts for those weeks alone.
 */
export function statutoryPeriodWeeklyTrendSql(scoped: boolean, summaryWeeks: boolean): string {
  const columns = `school_id, week_start, ${WEEK_COUNTS.join(', ')}`;
  const weekRows = `SELECT ${columns} FROM cohort_weeks`;
  const rows = summaryWeeks
    ? `
  SELECT ${columns}
  FROM school_weeks
  WHERE academic_year = $academic_year
    AND week_start BETWEEN CAST($summary_from AS DATE) AND CAST($summary_to AS DATE)
  UNION ALL
  ${weekRows}`
    : weekRows;
  return weeklyTrendSql(`(${rows}) AS period_weeks`, scoped ? `WHERE ${scopeCondition()}` : '');
}

/** A whole academic year (or the year to date), from the loader's rollup school_weeks. */
export function wholeYearWeeklyTrendSql(scoped: boolean): string {
  return weeklyTrendSql(
    'school_weeks',
    `WHERE academic_year = $academic_year ${scoped ? `AND ${scopeCondition()}` : ''}`,
  );
}
