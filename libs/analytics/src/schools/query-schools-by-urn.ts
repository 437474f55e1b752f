import { WHOLE_LA_SCOPE, type AnalyticsScope } from '../scope/analytics-scope.js';
import type { AnalyticsStore } from '../store/analytics-store.js';
import { SCHOOLS_BY_URN_SQL } from './schools-by-urn.sql.js';

export interface SchoolDetails {
  urn: string;
  name: string;
  phase: string;
  type: string;
  laestab: string;
}

/**
 * The schools of `urns`, in the order asked, null for a URN the store does not hold or the scope does not
 * include (so a batch loader can answer each key). URNs are digits: anything else is refused.
 */
export async function querySchoolsByUrn(
  store: AnalyticsStore,
  urns: readonly string[],
  scope: AnalyticsScope = WHOLE_LA_SCOPE,
): Promise<(SchoolDetails | null)[]> {
  const bad = urns.find((urn) => !/^\d{6,7}$/.test(urn));
  if (bad !== undefined) throw new RangeError(`URN "${bad}" is not a URN (6 or 7 digits)`);
  const visible = urns.filter((urn) => scope.schools === 'all' || scope.schools.includes(urn));
  if (visible.length === 0) return urns.map(() => null);
  const rows = await store.read((session) => session.all(SCHOOLS_BY_URN_SQL, { urns: visible.join(',') }));
  const byUrn = new Map(
    rows.map((row) => [
      String(row['urn']),
      {
        urn: String(row['urn']),
        name: String(row['name']),
        phase: String(row['phase']),
        type: String(row['type']),
        laestab: String(row['laestab']),
      },
    ]),
  );
  return urns.map((urn) => (visible.includes(urn) ? (byUrn.get(urn) ?? null) : null));
}
