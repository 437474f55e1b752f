import { writeSyntheticLaExports } from '@attendance/synthetic-la';
import { makeTempFolder, removeFolder } from '../__fixtures__/export-files.js';
import { loadExportFolder } from '../loader/load-export-folder.js';
import { scopeParams } from '../scope/scope-filter.sql.js';
import { AnalyticsStore } from '../store/analytics-store.js';
import { periodEnrolmentSessionsSql } from './period-enrolment-sessions.sql.js';
import type { CohortChoice } from './period-enrolment-weeks.sql.js';
import type { PeriodWeeks } from './period-weeks.js';
import { readPeriod } from './read-period.js';

// The two ways to an enrolment's counts must agree: the yearly rollup (a whole year or the year to date) and
// the sum of the weekly rows (any period; property-tested against the files in query-cohort-measures.spec.ts).
// The year runs past the sixth half term, so Year 11 pupils aged 15 have counts in both cohorts.
describe('periodEnrolmentSessionsSql', () => {
  let folder: string;
  let store: AnalyticsStore;

  beforeAll(async () => {
    folder = await makeTempFolder();
    await writeSyntheticLaExports(
      { seed: 23, schools: 4, pupils: 900, academicYear: 2025, asOf: '2026-07-10' },
      folder,
    );
    store = await AnalyticsStore.open({ path: ':memory:' });
    await loadExportFolder(store, folder);
  });

  afterAll(async () => {
    await store.close();
    await removeFolder(folder);
  });

  const sessions = (weeks: PeriodWeeks, cohort: CohortChoice, urns: string[] | 'all') =>
    store.read(async (session) => {
      const scope = { schools: urns, pupilLevel: true };
      const source = periodEnrolmentSessionsSql(weeks, cohort, urns !== 'all');
      return session.all(
        `${source.withClause} SELECT * FROM enrolment_sessions ORDER BY school_id, pupil_id`,
        { ...source.params, ...scopeParams(scope) },
      );
    });

  it.each<[CohortChoice, 'all' | 'two schools']>([
    ['statutory', 'all'],
    ['outside-statutory', 'all'],
    ['statutory', 'two schools'],
  ])(
    'gives the %s cohort of %s the same counts from the yearly rollup as from the weekly rows',
    async (cohort, which) => {
      const { weeks } = await store.read((session) => readPeriod(session, {}));
      expect(weeks.wholeYear).toBe(true);
      const urns =
        which === 'all'
          ? 'all'
          : (await store.read((session) => session.all('SELECT urn FROM schools ORDER BY urn LIMIT 2'))).map(
              (row) => String(row['urn']),
            );
      const fromRollup = await sessions(weeks, cohort, urns);
      const fromWeeks = await sessions({ ...weeks, wholeYear: false }, cohort, urns);
      expect(fromRollup.length).toBeGreaterThan(which === 'all' && cohort === 'statutory' ? 500 : 10);
      expect(fromRollup).toEqual(fromWeeks);
      expect(fromRollup.every((row) => Number(row['possible']) > 0)).toBe(true);
    },
  );

  it('puts a 15-year-old in both cohorts, split at the sixth half term', async () => {
    const { weeks } = await store.read((session) => readPeriod(session, {}));
    const statutory = await sessions(weeks, 'statutory', 'all');
    const outside = await sessions(weeks, 'outside-statutory', 'all');
    const key = (row: Record<string, unknown>) => `${String(row['school_id'])}/${String(row['pupil_id'])}`;
    const inStatutory = new Set(statutory.map(key));
    expect(outside.filter((row) => inStatutory.has(key(row))).length).toBeGreaterThan(0);
  });
});
