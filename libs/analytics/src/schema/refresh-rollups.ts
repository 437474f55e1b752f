import { listValue } from '@duckdb/node-api';
import type { SqlSession } from '../store/sql-session.js';
import { DELETE_ROLLUPS_SQL, INSERT_ENROLMENT_YEARS_SQL, INSERT_SCHOOL_WEEKS_SQL } from './rollups.sql.js';

/**
 * Rebuilds enrolment_years and school_weeks of these schools (rollups.sql.ts) from what the store holds now.
 * Run inside the caller's transaction, after enrolment_weeks and enrolments are current.
 */
export async function refreshRollups(session: SqlSession, schoolIds: readonly number[]): Promise<void> {
  if (schoolIds.length === 0) return;
  const schools = {
    first_school: Math.min(...schoolIds),
    last_school: Math.max(...schoolIds),
    school_ids: listValue([...schoolIds]),
  };
  await session.run(DELETE_ROLLUPS_SQL.enrolmentYears, schools);
  await session.run(INSERT_ENROLMENT_YEARS_SQL, schools);
  await session.run(DELETE_ROLLUPS_SQL.schoolWeeks, schools);
  await session.run(INSERT_SCHOOL_WEEKS_SQL, schools);
}
