import type { AnalyticsStore } from '../store/analytics-store.js';
import type { SqlRow } from '../store/sql-values.js';

export interface StoreSnapshot {
  schools: SqlRow[];
  pupils: SqlRow[];
  enrolments: SqlRow[];
  marks: SqlRow[];
  enrolmentWeeks: SqlRow[];
  enrolmentYears: SqlRow[];
  schoolWeeks: SqlRow[];
  unbrokenEnrolmentWeeks: SqlRow[];
  runTails: SqlRow[];
  halfTerms: SqlRow[];
  loadedExports: SqlRow[];
}

/** Everything a load may change, in a stable order (loaded_at left out: it changes on every load). */
export async function snapshotStore(store: AnalyticsStore): Promise<StoreSnapshot> {
  return store.read(async (session) => ({
    schools: await session.all('SELECT * FROM schools ORDER BY urn'),
    pupils: await session.all('SELECT * FROM pupils ORDER BY pupil_id'),
    enrolments: await session.all('SELECT * FROM enrolments ORDER BY urn, upn'),
    marks: await session.all('SELECT * FROM marks_decoded ORDER BY urn, upn, session_date, session'),
    enrolmentWeeks: await session.all('SELECT * FROM enrolment_weeks ORDER BY ALL'),
    enrolmentYears: await session.all('SELECT * FROM enrolment_years ORDER BY ALL'),
    schoolWeeks: await session.all('SELECT * FROM school_weeks ORDER BY ALL'),
    unbrokenEnrolmentWeeks: await session.all('SELECT * FROM unbroken_enrolment_weeks ORDER BY ALL'),
    runTails: await session.all('SELECT * FROM enrolment_week_run_tails ORDER BY ALL'),
    halfTerms: await session.all('SELECT * FROM half_terms ORDER BY academic_year, number'),
    loadedExports: await session.all(
      'SELECT * EXCLUDE (loaded_at) FROM loaded_exports ORDER BY urn, export_date',
    ),
  }));
}
