import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  fixtureUpn,
  makeTempFolder,
  marksCsv,
  marksFor,
  pupilsCsv,
  removeFolder,
  weekdays,
  writeSchoolExport,
} from '../__fixtures__/export-files.js';
import { writeOverviewScenario } from '../__fixtures__/overview-scenario.js';
import { snapshotStore } from '../__fixtures__/store-snapshot.js';
import { AnalyticsStore } from '../store/analytics-store.js';
import { ExportValidationError } from './export-validation-error.js';
import { loadExportFolder } from './load-export-folder.js';
import type { SchoolExportLoadResult } from './school-export-unit.js';

describe(loadExportFolder.name, () => {
  let folder: string;
  let store: AnalyticsStore;

  beforeEach(async () => {
    folder = await makeTempFolder();
    await writeOverviewScenario(folder);
    store = await AnalyticsStore.open({ path: ':memory:' });
  });

  afterEach(async () => {
    await store.close();
    await removeFolder(folder);
  });

  it('loads schools.csv, then every export, reporting each as it goes', async () => {
    const reported: SchoolExportLoadResult[] = [];
    const result = await loadExportFolder(store, folder, (unit) => reported.push(unit));
    expect(result.schools).toEqual({ files: [{ file: 'schools.csv', schoolRows: 3 }], warnings: [] });
    // Schools load side by side, so they may finish in either order.
    const loaded = result.units.map((unit) => [unit.urn, unit.exportDate, unit.pupilRows, unit.markRows]);
    expect(loaded.sort()).toEqual([
      ['900001', '2024-09-13', 6, 110], // 5 pupils x 20 sessions + the mover's 10 (overview-scenario.ts)
      ['900002', '2025-06-20', 4, 90], // 3 pupils x 20 + 2 x 10 in June + the mover's 10
    ]);
    expect(reported).toEqual(result.units);
  });

  it('changes nothing when the same folder is loaded again', async () => {
    await loadExportFolder(store, folder);
    const before = await snapshotStore(store);
    await loadExportFolder(store, folder);
    expect(await snapshotStore(store)).toEqual(before);
  });

  it("applies a school's exports oldest first, so the later one's corrections win", async () => {
    const upn = fixtureUpn(1);
    const week = weekdays('2024-09-09', '2024-09-13');
    const pupils = pupilsCsv([{ upn, dateOfBirth: '2016-05-10' }]);
    // File names sort the later export first only if dates are compared wrongly; write it first as well.
    await writeSchoolExport(folder, '900003', '2024-09-20', {
      pupils,
      marks: marksCsv(marksFor(upn, week, () => 'I')),
    });
    await writeSchoolExport(folder, '900003', '2024-09-13', {
      pupils,
      marks: marksCsv(marksFor(upn, week, () => 'N')),
    });
    await loadExportFolder(store, folder);
    const codes = await store.read((session) =>
      session.all(`SELECT DISTINCT code FROM marks_decoded WHERE urn = '900003'`),
    );
    expect(codes).toEqual([{ code: 'I' }]);
  });

  it('stops at the first bad export, keeping the ones loaded before it', async () => {
    await writeFile(join(folder, '900002_20250620_marks.csv'), 'upn,date,mark\n');
    const error = await loadExportFolder(store, folder).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ExportValidationError);
    expect(error).toMatchObject({
      file: '900002_20250620_marks.csv',
      column: 'session',
      problem: 'missing-column',
    });
    const { loadedExports } = await snapshotStore(store);
    expect(loadedExports.map((row) => row['urn'])).toEqual(['900001']);
  });

  it('loads no export when a school export has lost its partner file', async () => {
    await writeFile(join(folder, '900003_20250620_pupils.csv'), pupilsCsv([]));
    await expect(loadExportFolder(store, folder)).rejects.toThrow(/900003_20250620_marks.csv .*is missing/);
    // Schools load first (a CTF may name its school by LAESTAB, which only loaded schools resolve).
    const { loadedExports } = await snapshotStore(store);
    expect(loadedExports).toEqual([]);
  });

  it('needs schools.csv or a GIAS extract', async () => {
    const empty = await makeTempFolder();
    try {
      await expect(loadExportFolder(store, empty)).rejects.toMatchObject({
        file: 'schools.csv',
        problem: 'missing-file',
      });
    } finally {
      await removeFolder(empty);
    }
  });
});
