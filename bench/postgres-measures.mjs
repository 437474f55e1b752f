import {
  EXCLUDED_HALF_TERM_FOR_AGE_15,
  PERSISTENT_ABSENCE_THRESHOLD_PERCENT,
  SEVERE_ABSENCE_THRESHOLD_PERCENT,
  STATUTORY_COHORT_MAX_AGE,
  STATUTORY_COHORT_MIN_AGE,
  SchoolCalendar,
  defaultLaTermCalendar,
} from '@attendance/domain';

// The PostgreSQL baseline's queries: the same measures as the product's, computed in plain SQL straight from the
// marks (postgres-load.mjs), with the same rules from the domain:
// - the statutory cohort: aged 5 to 15 on 31 August before the year (date of birth from the pupils file), the
//   sixth half term of the default LA calendar left out at 15;
// - possible = present + approved educational activity + authorised + unauthorised, each mark counted by its
//   code's register_codes row in force on its date;
// - each enrolment (school, pupil) with possible sessions judged against its own: absent x 100 >= threshold x
//   possible, thresholds from the domain.
// Counts only: rates come from the domain's absenceRates, on the product's side too, so equal counts are equal
// figures.

/** `$name` placeholders (as in the product's DuckDB SQL) to PostgreSQL's `$1`, with the values in order. */
export function withNamedParams(sql, values) {
  const names = [];
  const text = sql.replace(/\$([a-z_]+)/g, (_, name) => {
    if (!(name in values)) throw new Error(`no value for $${name}`);
    if (!names.includes(name)) names.push(name);
    return `$${names.indexOf(name) + 1}`;
  });
  return { text, values: names.map((name) => values[name]) };
}

/**
 * The parameters every baseline query takes for a period of one academic year. The cohort's ages on 31 August
 * before the year become ranges of dates of birth (aged at least 5: born on or before 31 August five years
 * earlier; at most 15: born on or after 1 September sixteen years earlier), so PostgreSQL can estimate how many
 * pupils they keep from its statistics rather than guess at an expression.
 */
export function periodParams({ academicYear, start, end }) {
  const sixth = SchoolCalendar.fromTermConfig(defaultLaTermCalendar(academicYear))
    .halfTerms(academicYear)
    .find((halfTerm) => halfTerm.number === EXCLUDED_HALF_TERM_FOR_AGE_15);
  const bornOnOrBefore31August = (age) => `${academicYear - age}-08-31`;
  const bornOnOrAfter1September = (age) => `${academicYear - age - 1}-09-01`;
  return {
    period_start: start,
    period_end: end,
    born_from: bornOnOrAfter1September(STATUTORY_COHORT_MAX_AGE),
    born_to: bornOnOrBefore31August(STATUTORY_COHORT_MIN_AGE),
    oldest_born_to: bornOnOrBefore31August(STATUTORY_COHORT_MAX_AGE),
    excluded_from: sixth?.start ?? 'infinity',
    persistent_percent: PERSISTENT_ABSENCE_THRESHOLD_PERCENT,
    severe_percent: SEVERE_ABSENCE_THRESHOLD_PERCENT,
  };
}

const COUNT_COLUMNS = ['possible', 'present', 'approved_educational_activity', 'authorised', 'unauthorised'];

/**
 * The statutory cohort's marks of the period with what each counts as (optionally one school's only); the
 * oldest age group (born by oldest_born_to) leaves out the excluded half term.
 */
function cohortMarksSql(oneSchool) {
  return `
cohort_pupils AS (
  SELECT urn, upn, nc_year, sen_provision, date_of_birth <= $oldest_born_to::date AS is_oldest
  FROM pupils
  WHERE date_of_birth BETWEEN $born_from::date AND $born_to::date
    ${oneSchool ? 'AND urn = $urn::text' : ''}
),
cohort_marks AS (
  SELECT m.urn, m.upn, m.session_date, ${COUNT_COLUMNS.map((column) => `rc.${column}`).join(', ')}
  FROM marks AS m
  JOIN cohort_pupils AS p ON p.urn = m.urn AND p.upn = m.upn
  JOIN register_codes AS rc
    ON rc.code = m.code AND m.session_date >= rc.in_force_from AND m.session_date < rc.in_force_to
  WHERE m.session_date BETWEEN $period_start::date AND $period_end::date
    ${oneSchool ? 'AND m.urn = $urn::text' : ''}
    AND NOT (p.is_oldest AND m.session_date >= $excluded_from::date)
)`;
}

/** Each enrolment's counts and whether it is persistently and severely absent. */
function classifiedEnrolmentsSql(oneSchool) {
  return `WITH ${cohortMarksSql(oneSchool)},
enrolment_sessions AS (
  SELECT urn, upn, ${COUNT_COLUMNS.map((column) => `sum(${column})::int AS ${column}`).join(', ')}
  FROM cohort_marks
  GROUP BY urn, upn
  HAVING sum(possible) > 0
),
classified_enrolments AS (
  SELECT
    *,
    (authorised + unauthorised) * 100 >= $persistent_percent::int * possible AS is_persistent,
    (authorised + unauthorised) * 100 >= $severe_percent::int * possible AS is_severe
  FROM enrolment_sessions
)`;
}

const GROUP_MEASURES_SQL = `
  count(*)::int AS enrolments,
  ${COUNT_COLUMNS.map((column) => `sum(${column})::bigint AS ${column}`).join(',\n  ')},
  count(*) FILTER (WHERE is_persistent)::int AS persistent_absentees,
  count(*) FILTER (WHERE is_severe)::int AS severe_absentees`;

/** The overview's measures (the LA's, or with `oneSchool` the school $urn's): the total and each school. */
export function overviewMeasuresSql(oneSchool) {
  return `${classifiedEnrolmentsSql(oneSchool)}
SELECT urn, GROUPING(urn) = 1 AS is_total, ${GROUP_MEASURES_SQL}
FROM classified_enrolments
GROUP BY GROUPING SETS ((), (urn))`;
}

/** The overview's weekly trend: the cohort's sessions per week (Monday start), weeks with possible sessions. */
export function weeklyTrendSql(oneSchool) {
  return `WITH ${cohortMarksSql(oneSchool)}
SELECT
  date_trunc('week', session_date)::date AS week_start,
  ${COUNT_COLUMNS.map((column) => `sum(${column})::bigint AS ${column}`).join(', ')}
FROM cohort_marks
GROUP BY 1
HAVING sum(possible) > 0
ORDER BY 1`;
}

/** A breakdown by one or two pupil columns: every group, each one-column subtotal and the total. */
export function breakdownSql(columns, oneSchool) {
  const keys = columns.map((column, index) => `p.${column} AS key_${index}`).join(', ');
  const sets = columns.length === 1 ? '((), (key_0))' : '((), (key_0), (key_1), (key_0, key_1))';
  return `${classifiedEnrolmentsSql(oneSchool)},
keyed_enrolments AS (
  SELECT ce.*, ${keys}
  FROM classified_enrolments AS ce
  JOIN cohort_pupils AS p ON p.urn = ce.urn AND p.upn = ce.upn
)
SELECT
  ${columns.map((_, index) => `key_${index}, GROUPING(key_${index}) = 1 AS all_key_${index}`).join(', ')},
  ${GROUP_MEASURES_SQL}
FROM keyed_enrolments
GROUP BY GROUPING SETS ${sets}`;
}

/** Persistent (or severe only) absentees of the whole LA, lowest attendance first, school and UPN breaking ties, one page. */
export function absenteeListSql(severeOnly) {
  return `${classifiedEnrolmentsSql(false)}
SELECT ce.urn, ce.upn, count(*) OVER ()::int AS list_length
FROM classified_enrolments AS ce
WHERE ce.is_persistent ${severeOnly ? 'AND ce.is_severe' : ''}
ORDER BY (ce.present + ce.approved_educational_activity)::float8 / ce.possible, ce.urn, ce.upn
LIMIT $limit::int`;
}

/** Runs `sql` with named parameters; returns its rows. */
export async function queryRows(client, sql, values) {
  const { text, values: ordered } = withNamedParams(sql, values);
  return (await client.query(text, ordered)).rows;
}
