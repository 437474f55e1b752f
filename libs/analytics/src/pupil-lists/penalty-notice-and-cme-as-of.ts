import { EXCLUDED_HALF_TERM_FOR_AGE_15, isValidIsoDate, type IsoDate } from '@attendance/domain';
import { LATEST_MARK_DATE_SQL } from '../la-overview/latest-mark-date.sql.js';
import { listValue } from '@duckdb/node-api';
import type { SqlSession } from '../store/sql-session.js';

// The date the action lists (penalty notices, CME milestones) are drawn up on, and the rules both apply on it.
//
// - `asOf` defaults to the store's latest mark. Each school is then counted to its own last register date on
//   or before it (school_register_ends): a school whose export is late is counted to the data it sent, so it
//   neither looks as if every pupil missed the days it has not sent (CME) nor loses them from its window.
// - Both lists are for children of compulsory school age: a penalty notice is for a parent's offence under
//   s.444 Education Act 1996, and CME is about children of compulsory school age. The domain's statutory
//   cohort is that age range (5 to 15 on 31 August before the year; at 15, not from the sixth half term, when
//   Year 11 leave), taken on the school's own date. There is no "other cohort" list: neither applies to it.
// - Both read marks with filters the scan applies itself (constant dates, code ids: markCodeIdList), as a join
//   on a subquery would filter only after reading every row.

/**
 * Both lists read marks from the earliest date any school needs with a filter the scan applies itself; a school
 * whose needs start longer ago than this (its data stopped months before asOf) is read on its own instead of
 * widening that read for every school.
 */
export const LONG_STALE_DAYS = 182;

export interface ActionListDate {
  /** The date asked for, or the store's latest mark; null when the store holds no marks. */
  asOf: IsoDate | null;
  /** The store's latest mark; null when it holds none. */
  dataAsOf: IsoDate | null;
}

/** `asOf` checked, or the store's latest mark, in the read's own snapshot. */
export async function readActionListDate(
  session: SqlSession,
  asOf: IsoDate | undefined,
): Promise<ActionListDate> {
  if (asOf !== undefined && !isValidIsoDate(asOf)) {
    throw new RangeError(`asOf is not a valid ISO date (YYYY-MM-DD): "${asOf}"`);
  }
  const [latest] = await session.all(LATEST_MARK_DATE_SQL);
  const dataAsOf = (latest?.['latest_mark_date'] ?? null) as IsoDate | null;
  return { asOf: asOf ?? dataAsOf, dataAsOf };
}

/**
 * A CTE: each school's last date with marks on or before $as_of (`register_end`), for the schools passing
 * `schoolCondition` (a condition on `school_id`, or 'true'). school_weeks holds every week with marks and its
 * latest mark; only the week of $as_of can hold marks after $as_of, and only then are that week's marks read.
 */
export function schoolRegisterEndsSql(schoolCondition: string): string {
  return `
school_register_ends AS (
  SELECT school_id, max(last_date) AS register_end
  FROM (
    SELECT school_id, max(last_mark_date) AS last_date
    FROM school_weeks
    WHERE week_start <= week_start_of(CAST($as_of AS DATE))
      AND last_mark_date <= CAST($as_of AS DATE)
      AND ${schoolCondition}
    GROUP BY school_id
    UNION ALL
    SELECT school_id, max(session_date) AS last_date
    FROM marks
    WHERE session_date BETWEEN week_start_of(CAST($as_of AS DATE)) AND CAST($as_of AS DATE)
      AND school_id IN (
        SELECT school_id FROM school_weeks
        WHERE week_start = week_start_of(CAST($as_of AS DATE)) AND last_mark_date > CAST($as_of AS DATE)
      )
      AND ${schoolCondition}
    GROUP BY school_id
  )
  GROUP BY school_id
)`;
}

/** Joins `sixth_half_term`: the sixth half term of the domain's LA calendar in the academic year of `day`. */
export function sixthHalfTermJoinSql(day: string): string {
  return `LEFT JOIN half_terms AS sixth_half_term
    ON sixth_half_term.academic_year = academic_year_of(${day})
   AND sixth_half_term.number = ${EXCLUDED_HALF_TERM_FOR_AGE_15}`;
}

/**
 * True when the enrolment `e` (a row of enrolments) is in the statutory cohort on the date `day`: the
 * statutory_cohort_sessions view's rules for a session on that date (age on 31 August before the date's
 * academic year, from the current pupils file; at 15, not from the sixth half term). Needs
 * sixthHalfTermJoinSql(day).
 */
export function statutoryOnDateSql(day: string): string {
  return `in_statutory_cohort(
    age_at_year_start(academic_year_of(${day}), e.date_of_birth),
    ${day} >= sixth_half_term.start_date
  )`;
}

/**
 * The stored ids of register codes, as an SQL list (`10, 18`) for an `IN (...)` the scan of marks can filter by
 * itself (an IN over a subquery is a join after the scan). Ids come from mark_codes, are integers and never
 * change; `NULL` (matching nothing) when none of the codes was ever stored.
 */
export async function markCodeIdList(session: SqlSession, codes: readonly string[]): Promise<string> {
  if (codes.length === 0) return 'NULL';
  const rows = await session.all(
    'SELECT code_id FROM mark_codes WHERE list_contains($codes, code) ORDER BY code_id',
    { codes: listValue([...codes]) },
  );
  const ids = rows.map((row) => Number(row['code_id']));
  if (ids.some((id) => !Number.isInteger(id)))
    throw new Error(`mark_codes holds a code id that is not an integer`);
  return ids.length === 0 ? 'NULL' : ids.join(', ');
}
