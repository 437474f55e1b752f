import { writeSyntheticLaExports } from '@attendance/synthetic-la';
import { makeTempFolder, removeFolder } from '../__fixtures__/export-files.js';
import { rawMarksOverview } from '../__fixtures__/raw-marks-overview.js';
import { loadExportFolder } from '../loader/load-export-folder.js';
import { scopeParams } from '../scope/scope-filter.sql.js';
import { AnalyticsStore } from '../store/analytics-store.js';
import { periodEnrolmentSessionsSql } from './period-enrolment-sessions.sql.js';
import type { CohortChoice } from './period-enrolment-weeks.sql.js';
import type { PeriodWeeks } from './period-weeks.js';
import { queryLaOverview } from './query-la-overview.js';
import { readPeriod } from './read-period.js';

// The three ways to an enrolment's counts must agree: the yearly rollup (a whole year or the year to date), the
// rollup less the rest of the year (a period from 1 August ending shortly before the latest mark), and the sum
// of the weekly rows (any period; property-tested against the files in query-cohort-measures.spec.ts). The
// year runs past the sixth half term, so Year 11 pupils aged 15 have counts in both cohorts.
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

  const twoSchools = async () =>
    (await store.read((session) => session.all('SELECT urn FROM schools ORDER BY urn LIMIT 2'))).map((row) =>
      String(row['urn']),
    );

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
      const urns = which === 'all' ? 'all' : await twoSchools();
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
  // The store's latest mark is Friday 10 July 2026 (asOf), in the sixth half term.
  const endsBeforeTheLatestMark: [string, string][] = [
    ['mid-week in the latest week', '2026-07-08'],
    ['on the Sunday before the latest week', '2026-07-05'],
    ['one week before the latest mark', '2026-07-03'],
    ['on a Sunday many weeks before', '2026-05-17'],
    ['mid-week many weeks before', '2026-04-29'],
  ];

  describe.each(endsBeforeTheLatestMark)('from 1 August to a day %s (%s)', (_case, to) => {
    it.each<[CohortChoice, 'all' | 'two schools']>([
      ['statutory', 'all'],
      ['outside-statutory', 'all'],
      ['statutory', 'two schools'],
      ['outside-statutory', 'two schools'],
    ])(
      'gives the %s cohort of %s the same counts from the rollup less the rest of the year as from the weeks',
      async (cohort, which) => {
        const { dataAsOf, weeks } = await store.read((session) => readPeriod(session, { to }));
        expect(dataAsOf).toBe('2026-07-10');
        expect(weeks.wholeYear).toBe(false);
        expect(weeks.restOfYear).not.toBeNull();
        const urns = which === 'all' ? 'all' : await twoSchools();
        const fromRollup = await sessions(weeks, cohort, urns);
        const fromWeeks = await sessions({ ...weeks, restOfYear: null }, cohort, urns);
        expect(fromRollup.length).toBeGreaterThan(which === 'all' && cohort === 'statutory' ? 500 : 5);
        expect(fromRollup).toEqual(fromWeeks);
        expect(fromRollup.every((row) => Number(row['possible']) > 0)).toBe(true);
      },
    );

    it('gives the overview the per-mark computation gives, for the LA and for two schools', async () => {
      const raw = await rawMarksOverview(store, { to }, '2026-07-20');
      expect(await queryLaOverview(store, { to })).toEqual(raw);
      const schools = await twoSchools();
      const scoped = await queryLaOverview(store, { to, scope: { schools, pupilLevel: false } });
      const chosen = raw.schools.filter((school) => schools.includes(school.urn));
      expect(scoped.schools).toEqual(chosen);
      const possible = chosen.reduce((total, school) => total + school.measures.possibleSessions, 0);
      expect(scoped.headline.possibleSessions).toBe(possible);
      expect(scoped.weeklyTrend.reduce((total, week) => total + week.possibleSessions, 0)).toBe(possible);
    });
  });

  it('sums the weekly rows of a period from 1 August with more weeks after it than in it', async () => {
    const { weeks } = await store.read((session) => readPeriod(session, { to: '2025-12-14' }));
    expect(weeks.restOfYear).toBeNull();
    expect(weeks.summaryWeeks).not.toBeNull();
  });
});
