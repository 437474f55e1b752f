import type { AnalyticsStore } from '../store/analytics-store.js';
import type { SqlRow } from '../store/sql-values.js';

export interface StoreSnapshot {
  schools: SqlRow[];
  enrolments: SqlRow[];
  marks: SqlRow[];
  halfTerms: SqlRow[];
  loadedExports: SqlRow[];
}

/** Everything a load may change, in a stable order (loaded_at left out: it changes on every load). */
export async function snapshotStore(store: AnalyticsStore): Promise<StoreSnapshot> {
  return store.read(async (session) => ({
    schools: await session.all('SELECT * FROM schools ORDER BY urn'),
    enrolments: await session.all('SELECT * FROM enrolments ORDER BY urn, upn'),
    marks: await session.all('SELECT * FROM marks ORDER BY urn, upn, session_date, session'),
    halfTerms: await session.all('SELECT * FROM half_terms ORDER BY academic_year, number'),
    loadedExports: await session.all(
      'SELECT * EXCLUDE (loaded_at) FROM loaded_exports ORDER BY urn, export_date',
    ),
  }));
}
