import { ENROLMENT_YEAR_COUNTS } from '../schema/rollups.sql.js';
import { scopeCondition } from '../scope/scope-filter.sql.js';
import type { SqlParams } from '../store/sql-session.js';
import { periodEnrolmentWeeksSql, type CohortChoice } from './period-enrolment-weeks.sql.js';
import type { PeriodWeeks } from './period-weeks.js';

// Each enrolment's session counts for a period and cohort, the one place figures get them from: the WITH
// clause of period-enrolment-weeks.sql.ts (its `cohort_weeks`, for queries that also need weeks), followed by
// `enrolment_sessions` (school_id, pupil_id, the five counts and every DfE reason column) for enrolments with
// possible sessions in the period, in the scope when `scoped` ($scope_urns). A whole academic year (or the
// year to date: no marks after the period) reads the loader's yearly rollup enrolment_years, one row per
// enrolment and cohort; any other period sums its weekly rows. The spec checks both ways agree.

export function periodEnrolmentSessionsSql(
  weeks: PeriodWeeks,
  cohort: CohortChoice,
  scoped: boolean,
): { withClause: string; params: SqlParams } {
  const source = periodEnrolmentWeeksSql(weeks, cohort);
  const scopeFilter = scoped ? `AND ${scopeCondition()}` : '';
  const enrolmentSessions = weeks.wholeYear
    ? `
  SELECT school_id, pupil_id, ${ENROLMENT_YEAR_COUNTS.join(', ')}
  FROM enrolment_years
  WHERE academic_year = $academic_year
    AND statutory_cohort = ${cohort === 'statutory'}
    AND possible > 0
    ${scopeFilter}`
    : `
  SELECT
    school_id,
    pupil_id,
    ${ENROLMENT_YEAR_COUNTS.map((column) => `sum(${column}) AS ${column}`).join(',\n    ')}
  FROM cohort_weeks
  WHERE true ${scopeFilter}
  GROUP BY school_id, pupil_id
  HAVING sum(possible) > 0`;
  return {
    withClause: `${source.withClause},
enrolment_sessions AS (${enrolmentSessions}
)`,
    params: source.params,
  };
}
