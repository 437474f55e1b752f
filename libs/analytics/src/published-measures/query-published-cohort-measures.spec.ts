import { copyFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { percentRoundedHalfUp, type PublishedGroup } from '@attendance/domain';
import { writeSyntheticLaExports } from '@attendance/synthetic-la';
import { makeTempFolder, removeFolder } from '../__fixtures__/export-files.js';
import { queryCohortMeasures } from '../cohort-measures/query-cohort-measures.js';
import { loadExportFolder } from '../loader/load-export-folder.js';
import { AnalyticsStore } from '../store/analytics-store.js';
import {
  queryPublishedCohortMeasures,
  type PublishedCohortMeasures,
} from './query-published-cohort-measures.js';

// A generated LA in which one school's latest export is four school days old (stale). The published tables
// must hide every small cell, leave no suppressed cell alone in a line, show every other figure exactly as the
// unprotected breakdown has it (rates rounded half up to 1 dp), and mark figures resting on the stale school `u`.

const OPTIONS = { seed: 53, schools: 5, pupils: 900, academicYear: 2025 } as const;
const PERIOD = { from: '2025-09-01', to: '2025-11-28' };

const suppressed = (group: PublishedGroup) => group.enrolments.symbol === 'c';

function expectNoLoneSuppressedCell(lines: PublishedGroup[][]): void {
  for (const line of lines) expect(line.filter(suppressed).length).not.toBe(1);
}

describe('queryPublishedCohortMeasures', () => {
  let folder: string;
  let store: AnalyticsStore;
  let staleUrn: string;

  beforeAll(async () => {
    folder = await makeTempFolder();
    const earlier = await makeTempFolder();
    try {
      await writeSyntheticLaExports({ ...OPTIONS, asOf: PERIOD.to }, folder);
      await writeSyntheticLaExports({ ...OPTIONS, asOf: '2025-11-24' }, earlier);
      const files = await readdir(folder);
      staleUrn = files
        .filter((file) => file.endsWith('_pupils.csv'))
        .sort()[0]!
        .slice(0, 6);
      for (const file of files.filter((name) => name.startsWith(`${staleUrn}_`)))
        await rm(join(folder, file));
      for (const file of (await readdir(earlier)).filter((name) => name.startsWith(`${staleUrn}_`))) {
        await copyFile(join(earlier, file), join(folder, file));
      }
    } finally {
      await removeFolder(earlier);
    }
    store = await AnalyticsStore.open({ path: ':memory:' });
    await loadExportFolder(store, folder);
  }, 120_000);

  afterAll(async () => {
    await store.close();
    await removeFolder(folder);
  });

  it('shows every unsuppressed figure exactly, and hides every cell under the minimum size', async () => {
    const published = await queryPublishedCohortMeasures(store, { dimensions: ['yearGroup'], ...PERIOD });
    const raw = await queryCohortMeasures(store, { dimensions: ['yearGroup'], ...PERIOD });
    expect(published.sensitive).toBe(false);
    for (const row of published.rows) {
      const group = raw.groups.find(
        (g) => g.all[0] === row.all[0] && (row.all[0] || g.keys[0] === row.keys[0]),
      )!;
      if (group.measures.enrolments < 6) expect(suppressed(row.figures)).toBe(true);
      if (suppressed(row.figures)) {
        expect(Object.values(row.figures.rates).every((figure) => figure.value === null)).toBe(true);
        continue;
      }
      expect(row.figures.enrolments.value).toBe(group.measures.enrolments);
      expect(row.figures.counts['sess_possible']?.value).toBe(group.sessions.possible);
      expect(row.figures.counts['enrolments_pa_10_exact']?.value).toBe(group.measures.persistentAbsentees);
      expect(row.figures.rates['sess_overall_percent']?.value).toBe(
        Number(
          percentRoundedHalfUp(
            group.sessions.authorised + group.sessions.unauthorised,
            group.sessions.possible,
            1,
          ),
        ),
      );
    }
    expectNoLoneSuppressedCell([published.rows.map((row) => row.figures)]);
  });

  it("protects a school's two-way table (year group x SEN, sensitive) line by line, and marks a stale school u", async () => {
    const published: PublishedCohortMeasures = await queryPublishedCohortMeasures(store, {
      dimensions: ['yearGroup', 'senProvision'],
      urn: staleUrn,
      ...PERIOD,
    });
    expect(published.sensitive).toBe(true);
    expect(published.staleSchools).toEqual([staleUrn]);
    const cell = (keys: (string | null)[], all: boolean[]) =>
      published.rows.find(
        (row) => row.all.join() === all.join() && row.keys.every((key, i) => all[i] || key === keys[i]),
      )!.figures;
    const years = [...new Set(published.rows.filter((row) => !row.all[0]).map((row) => row.keys[0]!))];
    const sen = [...new Set(published.rows.filter((row) => !row.all[1]).map((row) => row.keys[1]!))];
    expect(years.length * sen.length).toBeGreaterThan(4);
    const lines = [
      ...years.map((year) => [
        ...sen.map((s) => cell([year, s], [false, false])),
        cell([year, null], [false, true]),
      ]),
      ...sen.map((s) => [
        ...years.map((year) => cell([year, s], [false, false])),
        cell([null, s], [true, false]),
      ]),
    ];
    expectNoLoneSuppressedCell(lines);
    expect(published.rows.some((row) => suppressed(row.figures))).toBe(true);
    const total = cell([null, null], [true, true]);
    expect(total.enrolments.symbol).toBe('u');
    expect(total.rates['sess_overall_percent']?.symbol).toBe('u');
    expect(total.rates['sess_overall_percent']?.value).toBeGreaterThan(0);
  });

  it('refuses a school the store does not hold', async () => {
    await expect(
      queryPublishedCohortMeasures(store, { dimensions: ['sex'], urn: '100000', ...PERIOD }),
    ).rejects.toThrow('No school with URN 100000');
  });
});
