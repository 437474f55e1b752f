import { ENROLMENT_YEAR_COUNTS } from '../schema/rollups.sql.js';
import { scopeCondition } from '../scope/scope-filter.sql.js';
import type { SqlParams } from '../store/sql-session.js';
import {
  enrolmentWeeksCtes,
  periodEnrolmentWeeksSql,
  type CohortChoice,
} from './period-enrolment-weeks.sql.js';
import type { PeriodWeeks } from './period-weeks.js';

// Each enrolment's session counts for a period and cohort, the one place figures get them from: the WITH
// clause of period-enrolment-weeks.sql.ts (its `cohort_weeks`, for queries that also need weeks), followed by
// `enrolment_sessions` (school_id, pupil_id, the five counts and every DfE reason column) for enrolments with
// possible sessions in the period, in the scope when `scoped` ($scope_urns). A whole academic year (or the
// year to date: no marks after the period) reads the loader's yearly rollup enrolment_years, one row per
// enrolment and cohort; a period from 1 August that ends before the latest mark, when the rest of the year
// holds fewer weeks of rows than the period (period-weeks.ts: restOfYear, e.g. the year to date less its
// latest week, which the headline's "since last week" asks for), reads the rollup less the rest of the year's
// weekly rows (and marks of a week the period's end cuts in two), read as any period is; any other period sums
// its weekly rows. The spec checks every way agrees.

export function periodEnrolmentSessionsSql(
  weeks: PeriodWeeks,
  cohort: CohortChoice,
  scoped: boolean,
): { withClause: string; params: SqlParams } {
  const source = periodEnrolmentWeeksSql(weeks, cohort);
  const scopeFilter = (column = 'school_id') => (scoped ? `AND ${scopeCondition(column)}` : '');
  const yearRows = `
  SELECT school_id, pupil_id, ${ENROLMENT_YEAR_COUNTS.join(', ')}
  FROM enrolment_years
  WHERE academic_year = $academic_year
    AND statutory_cohort = ${cohort === 'statutory'}`;
  const summed = (from: string, keep: 'with possible sessions' | 'every row') => `
  SELECT
    school_id,
    pupil_id,
    ${ENROLMENT_YEAR_COUNTS.map((column) => `sum(${column}) AS ${column}`).join(',\n    ')}
  FROM ${from}
  WHERE true ${scopeFilter()}
  GROUP BY school_id, pupil_id
  ${keep === 'with possible sessions' ? 'HAVING sum(possible) > 0' : ''}`;
  if (weeks.wholeYear) {
    return {
      withClause: `${source.withClause},
enrolment_sessions AS (${yearRows}
    AND possible > 0
    ${scopeFilter()}
)`,
      params: source.params,
    };
  }
  if (weeks.restOfYear) {
    const rest = enrolmentWeeksCtes(
      weeks.restOfYear,
      cohort,
      'rest_of_year_weeks',
      'rest_of_year_cohort_weeks',
      'rest_',
    );
    // Every enrolment with rows in the rest of the year has its row in the rollup (the rest's rows are some of
    // the rows the rollup sums), so a left join of the rollup keeps every enrolment of the period.
    const less = ENROLMENT_YEAR_COUNTS.map(
      (column) => `y.${column} - coalesce(rest.${column}, 0) AS ${column}`,
    );
    return {
      withClause: `${source.withClause},
${rest.ctes},
rest_of_year_sessions AS (${summed('rest_of_year_cohort_weeks', 'every row')}
),
enrolment_sessions AS (
  SELECT y.school_id, y.pupil_id, ${less.join(', ')}
  FROM (${yearRows}
  ) AS y
  LEFT JOIN rest_of_year_sessions AS rest ON rest.school_id = y.school_id AND rest.pupil_id = y.pupil_id
  WHERE y.possible > coalesce(rest.possible, 0) ${scopeFilter('y.school_id')}
)`,
      params: { ...source.params, ...rest.params },
    };
  }
  return {
    withClause: `${source.withClause},
enrolment_sessions AS (${summed('cohort_weeks', 'with possible sessions')}
)`,
    params: source.params,
  };
}
