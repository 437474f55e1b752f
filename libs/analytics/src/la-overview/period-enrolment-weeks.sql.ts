import type { PeriodWeeks } from './period-weeks.js';

// The enrolment_weeks rows of a period (see period-weeks.ts): whole weeks straight from the summary table and
// any week the period cuts in two recounted from marks for the period's dates only, by the same
// enrolment_week_counts macro the loader uses. Followed by cohort_weeks: by default only rows of enrolments in
// the statutory cohort, aged 5 to 15 on 31 August before the year (date of birth from the current pupils file,
// as in the statutory_cohort_sessions view), with the sixth half term left out at 15; or exactly the other
// rows, for the figures of pupils outside it, which are always reported apart, never mixed in.

export type CohortChoice = 'statutory' | 'outside-statutory';

const MAX_SCHOOL_ID = 2_147_483_647;

/** The `WITH` clause shared by the overview queries, and its parameters. */
export function periodEnrolmentWeeksSql(
  weeks: PeriodWeeks,
  cohort: CohortChoice = 'statutory',
): {
  withClause: string;
  params: Record<string, string | number>;
} {
  const { ctes, params } = enrolmentWeeksCtes(weeks, cohort, 'period_enrolment_weeks', 'cohort_weeks', '');
  return { withClause: `\nWITH ${ctes}`, params: { academic_year: weeks.academicYear, ...params } };
}

/**
 * The same two common table expressions for other weeks of the period's year, under other names (`rows`, and
 * `cohortRows` for the cohort's), their parameters prefixed with `prefix`, to follow a WITH clause that
 * already has the period's own; $academic_year is the period's.
 */
export function enrolmentWeeksCtes(
  weeks: PeriodWeeks,
  cohort: CohortChoice,
  rows: string,
  cohortRows: string,
  prefix: string,
): { ctes: string; params: Record<string, string> } {
  const parts: string[] = [];
  const params: Record<string, string> = {};
  if (weeks.summaryWeeks) {
    parts.push(`
  SELECT * FROM enrolment_weeks
  WHERE academic_year = $academic_year
    AND week_start BETWEEN CAST($${prefix}summary_from AS DATE) AND CAST($${prefix}summary_to AS DATE)`);
    params[`${prefix}summary_from`] = weeks.summaryWeeks.from;
    params[`${prefix}summary_to`] = weeks.summaryWeeks.to;
  }
  weeks.partialWeeks.forEach((range, index) => {
    const [from, to] = [`${prefix}partial_from_${index}`, `${prefix}partial_to_${index}`];
    parts.push(`
  SELECT * FROM enrolment_week_counts(0, ${MAX_SCHOOL_ID}, $${from}, $${to})`);
    params[from] = range.from;
    params[to] = range.to;
  });
  if (parts.length === 0) parts.push(`\n  SELECT * FROM enrolment_weeks WHERE false`);
  const ctes = `${rows} AS (${parts.join('\n  UNION ALL BY NAME')}
),
${cohortRows} AS (
  SELECT w.*
  FROM ${rows} AS w
  JOIN (SELECT school_id, pupil_id, age_at_year_start($academic_year, date_of_birth) AS age FROM enrolments) AS e
    ON e.school_id = w.school_id AND e.pupil_id = w.pupil_id
  WHERE in_statutory_cohort(e.age, w.from_sixth_half_term) = ${cohort === 'statutory'}
)`;
  return { ctes, params };
}
