import type { IsoDate } from '@attendance/domain';
import { listValue } from '@duckdb/node-api';
import type { SqlSession } from '../store/sql-session.js';
import {
  DELETE_ROLLUPS_SQL,
  DROP_KEPT_SCHOOL_DAYS_SQL,
  INSERT_ENROLMENT_YEARS_SQL,
  INSERT_SCHOOL_WEEKS_SQL,
  INSERT_UNBROKEN_ENROLMENT_WEEKS_SQL,
  KEEP_SCHOOL_DAYS_SQL,
} from './rollups.sql.js';
import { DELETE_RUN_TAILS_SQL, INSERT_RUN_TAILS_SQL } from './run-tails.sql.js';

/** The dates whose marks changed (the weeks they touch are recounted); null when no mark changed. */
export type ChangedMarkDates = { from: IsoDate; to: IsoDate } | null;

/** Every date a store can hold (calendar_dates): a refresh of everything recounts every week. */
export const EVERY_MARK_DATE: ChangedMarkDates = { from: '1900-01-01', to: '2199-12-31' };

/**
 * Rebuilds enrolment_years, school_weeks and unbroken_enrolment_weeks of these schools (rollups.sql.ts) from what the store holds now,
 * counting register days again from marks only for the weeks of `changed`, and recounts their
 * enrolment_week_run_tails (run-tails.sql.ts) for those weeks alone. Run inside the caller's transaction, after
 * enrolment_weeks and enrolments are current.
 */
export async function refreshRollups(
  session: SqlSession,
  schoolIds: readonly number[],
  changed: ChangedMarkDates,
): Promise<void> {
  if (schoolIds.length === 0) return;
  const schools = {
    first_school: Math.min(...schoolIds),
    last_school: Math.max(...schoolIds),
    school_ids: listValue([...schoolIds]),
  };
  const recount = { recount_from: changed?.from ?? null, recount_to: changed?.to ?? null };
  await session.run(DELETE_ROLLUPS_SQL.enrolmentYears, schools);
  await session.run(INSERT_ENROLMENT_YEARS_SQL, schools);
  await session.run(KEEP_SCHOOL_DAYS_SQL, { ...schools, ...recount });
  await session.run(DELETE_ROLLUPS_SQL.schoolWeeks, schools);
  await session.run(INSERT_SCHOOL_WEEKS_SQL, { ...schools, ...recount });
  await session.run(DROP_KEPT_SCHOOL_DAYS_SQL);
  await session.run(DELETE_ROLLUPS_SQL.unbrokenEnrolmentWeeks, schools);
  await session.run(INSERT_UNBROKEN_ENROLMENT_WEEKS_SQL, schools);
  if (changed === null) return;
  await session.run(DELETE_RUN_TAILS_SQL, { ...schools, ...recount });
  await session.run(INSERT_RUN_TAILS_SQL, { ...schools, ...recount });
}
