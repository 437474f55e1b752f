import { scopeCondition } from '../scope/scope-filter.sql.js';

// Every school (with `scoped`, every school of $scope_urns), by name (case-insensitive, then URN for equal
// names), with its latest mark in the period (any pupil, any code).

/** Any period: follows the WITH clause of period-enrolment-weeks.sql.ts. */
export function schoolsInPeriodSql(scoped: boolean): string {
  return `
SELECT s.urn, s.name, s.phase, s.type, latest.last_mark_date
FROM schools AS s
LEFT JOIN (
  SELECT school_id, max(last_mark_date) AS last_mark_date FROM period_enrolment_weeks GROUP BY school_id
) AS latest ON latest.school_id = s.school_id
${scoped ? `WHERE ${scopeCondition('s.school_id')}` : ''}
ORDER BY s.name COLLATE NOCASE, s.urn
`;
}

/** A whole academic year (or the year to date), from the loader's rollup school_weeks. */
export function wholeYearSchoolsSql(scoped: boolean): string {
  return `
SELECT s.urn, s.name, s.phase, s.type, latest.last_mark_date
FROM schools AS s
LEFT JOIN (
  SELECT school_id, max(last_mark_date) AS last_mark_date
  FROM school_weeks
  WHERE academic_year = $academic_year
  GROUP BY school_id
) AS latest ON latest.school_id = s.school_id
${scoped ? `WHERE ${scopeCondition('s.school_id')}` : ''}
ORDER BY s.name COLLATE NOCASE, s.urn
`;
}
