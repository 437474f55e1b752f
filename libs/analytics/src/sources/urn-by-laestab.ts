import type { AnalyticsStore } from '../store/analytics-store.js';
import { FIND_URNS_BY_LAESTAB_SQL } from './find-urns-by-laestab.sql.js';
import type { FindUrnByLaestab } from './source-unit.js';

/** Looks a LAESTAB up among the store's schools: its URN, or null when no single school has it. */
export function findUrnByLaestabIn(store: AnalyticsStore): FindUrnByLaestab {
  return async (laestab) => {
    const rows = await store.read((session) => session.all(FIND_URNS_BY_LAESTAB_SQL, { laestab }));
    return rows.length === 1 ? String(rows[0]?.['urn']) : null;
  };
}
