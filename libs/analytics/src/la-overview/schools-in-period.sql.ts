import { scopeCondition } from '../scope/scope-filter.sql.js';

// Every school (with `scoped`, every school of $scope_urns), by name (case-insensitive, then URN for equal
// names), with its latest mark in the period (any pupil, any code).

function schoolsSql(latestMarks: string, scoped: boolean): string {
  return `
SELECT s.urn, s.name, s.phase, s.type, latest.last_mark_date
FROM schools AS s
LEFT JOIN (
  SELECT school_id, max(last_mark_date) AS last_mark_date
  FROM (${latestMarks}) AS period_marks
  GROUP BY school_id
) AS latest ON latest.school_id = s.school_id
${scoped ? `WHERE ${scopeCondition('s.school_id')}` : ''}
ORDER BY s.name COLLATE NOCASE, s.urn
`;
}

/**
 * Any period: its whole weeks ($summary_from to $summary_to; none unless `summaryWeeks`) from the loader's rollup
 * school_weeks (the latest mark of the school's week), and a week it cuts in two from `period_enrolment_weeks`
 * of a WITH clause of period-enrolment-weeks.sql.ts for those weeks alone.
 */
export function schoolsInPeriodSql(scoped: boolean, summaryWeeks: boolean): string {
  const weekRows = `SELECT school_id, last_mark_date FROM period_enrolment_weeks`;
  return schoolsSql(
    summaryWeeks
      ? `
    SELECT school_id, last_mark_date
    FROM school_weeks
    WHERE academic_year = $academic_year
      AND week_start BETWEEN CAST($summary_from AS DATE) AND CAST($summary_to AS DATE)
    UNION ALL
    ${weekRows}`
      : weekRows,
    scoped,
  );
}

/** A whole academic year (or the year to date), from the loader's rollup school_weeks. */
export function wholeYearSchoolsSql(scoped: boolean): string {
  return schoolsSql(
    `SELECT school_id, last_mark_date FROM school_weeks WHERE academic_year = $academic_year`,
    scoped,
  );
}
