import { writeSyntheticLaExports } from '@attendance/synthetic-la';
import { makeTempFolder, removeFolder } from '../__fixtures__/export-files.js';
import { laHalfTerms } from '../__fixtures__/time-series-from-files.js';
import { loadExportFolder } from '../loader/load-export-folder.js';
import { AnalyticsStore } from '../store/analytics-store.js';
import { headlineChanges, headlineComparisonPeriods, HEADLINE_RATES } from './headline-changes.js';
import { queryLaOverview } from './query-la-overview.js';
import { queryOverviewHalfTerms } from './query-overview-half-terms.js';

// The changes are the headline minus the overviews of the compared periods, asked directly; the periods are
// written out by hand for a Friday (2026-03-20): last week ends the Sunday before, last year is 52 weeks back.

describe(headlineComparisonPeriods.name, () => {
  it('compares with the year to date through last Sunday and the same dates 52 weeks earlier', () => {
    expect(headlineComparisonPeriods({ academicYear: 2025, start: '2025-08-01', end: '2026-03-20' })).toEqual(
      {
        sinceLastWeek: { from: '2025-08-01', to: '2026-03-15' },
        samePointLastYear: { from: '2024-08-02', to: '2025-03-21' },
      },
    );
  });

  it('has no last week for a period inside its first week, and keeps last year inside last year', () => {
    expect(headlineComparisonPeriods({ academicYear: 2025, start: '2026-03-16', end: '2026-03-20' })).toEqual(
      {
        sinceLastWeek: null,
        samePointLastYear: { from: '2025-03-17', to: '2025-03-21' },
      },
    );
    const lateJuly = headlineComparisonPeriods({
      academicYear: 2025,
      start: '2026-07-31',
      end: '2026-07-31',
    });
    expect(lateJuly.samePointLastYear).toBeNull();
  });
});

describe('headline changes and half terms of a generated LA', { timeout: 120_000 }, () => {
  let lastYearFolder: string;
  let folder: string;
  let store: AnalyticsStore;

  beforeAll(async () => {
    const options = { seed: 11, schools: 3, pupils: 600 };
    lastYearFolder = await makeTempFolder();
    folder = await makeTempFolder();
    await writeSyntheticLaExports({ ...options, academicYear: 2024, asOf: '2025-07-18' }, lastYearFolder);
    await writeSyntheticLaExports({ ...options, academicYear: 2025, asOf: '2026-03-20' }, folder);
    store = await AnalyticsStore.open({ path: ':memory:' });
    await loadExportFolder(store, lastYearFolder);
    await loadExportFolder(store, folder);
  }, 180_000);

  afterAll(async () => {
    await store.close();
    await removeFolder(folder);
    await removeFolder(lastYearFolder);
  });

  it('subtracts the overviews of last week and last year from the headline, in percentage points', async () => {
    const overview = await queryLaOverview(store);
    const changes = await headlineChanges(overview, (period) => queryLaOverview(store, period));
    const lastWeek = await queryLaOverview(store, { from: '2025-08-01', to: '2026-03-15' });
    const lastYear = await queryLaOverview(store, { from: '2024-08-02', to: '2025-03-21' });
    expect(lastYear.headline.possibleSessions).toBeGreaterThan(0);
    for (const [change, compared] of [
      [changes.sinceLastWeek, lastWeek],
      [changes.samePointLastYear, lastYear],
    ] as const) {
      expect(change).toMatchObject({ from: compared.periodStart, to: compared.periodEnd, hasData: true });
      expect(change?.measures).toEqual(compared.headline);
      for (const rate of HEADLINE_RATES) {
        expect(change?.changes[rate]).toBeCloseTo(
          (overview.headline[rate] as number) - (compared.headline[rate] as number),
          9,
        );
      }
    }
  });

  it('says so when the store holds nothing for last year', async () => {
    // Last year's own figures: the store holds nothing for the year before them.
    const overview = await queryLaOverview(store, { from: '2024-09-01', to: '2024-12-20' });
    const changes = await headlineChanges(overview, (period) => queryLaOverview(store, period));
    expect(changes.samePointLastYear).toMatchObject({ hasData: false });
    expect(Object.values(changes.samePointLastYear?.changes ?? {})).toEqual(HEADLINE_RATES.map(() => null));
  });

  it("gives the year's LA half terms with the Mondays of their first and last weeks", async () => {
    const halfTerms = await queryOverviewHalfTerms(store);
    expect(halfTerms.map(({ number, start, end }) => ({ number, start, end }))).toEqual(laHalfTerms(2025));
    expect(halfTerms[0]).toMatchObject({ label: 'Autumn 1', firstWeekStart: '2025-09-01' });
    expect(
      halfTerms.every((term) => term.lastWeekStart <= term.end && term.end < addWeek(term.lastWeekStart)),
    ).toBe(true);
  });
});

function addWeek(date: string): string {
  return new Date(Date.parse(date) + 7 * 86_400_000).toISOString().slice(0, 10);
}
