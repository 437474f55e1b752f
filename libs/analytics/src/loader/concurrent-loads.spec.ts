import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { writeSyntheticLaExports } from '@attendance/synthetic-la';
import { makeTempFolder, removeFolder } from '../__fixtures__/export-files.js';
import { AnalyticsStore } from '../store/analytics-store.js';
import { loadSchoolExport } from './load-school-export.js';
import { loadSchoolsFile } from './load-schools-file.js';
import type { SchoolExportUnit } from './school-export-unit.js';

// Loads of different schools run side by side (AnalyticsStore.writeShared). Over a generated LA with
// amended exports and dual-registered pupils (one UPN new to the store at two schools loading at once), the
// store they build must be the one loading every export in turn builds. Pupil ids may be numbered in another
// order, so rows are compared by UPN.

/** Each school's exports in date order, from the generator's file names. */
async function exportsBySchool(folder: string): Promise<SchoolExportUnit[][]> {
  const bySchool = new Map<string, SchoolExportUnit[]>();
  for (const name of (await readdir(folder)).sort()) {
    const match = /^(\d+)_(\d{4})(\d{2})(\d{2})_pupils\.csv$/.exec(name);
    if (!match) continue;
    const [, urn = '', year, month, day] = match;
    const stem = name.replace(/_pupils\.csv$/, '');
    const unit = {
      urn,
      exportDate: `${year}-${month}-${day}`,
      pupilsPath: join(folder, name),
      marksPath: join(folder, `${stem}_marks.csv`),
    };
    bySchool.set(urn, [...(bySchool.get(urn) ?? []), unit]);
  }
  return [...bySchool.values()];
}

/** Everything a load writes, with pupil ids replaced by UPNs. */
function storeByUpn(store: AnalyticsStore) {
  const byUpn = (table: string) =>
    `SELECT p.upn, t.* EXCLUDE (pupil_id) FROM ${table} AS t JOIN pupils AS p USING (pupil_id) ORDER BY ALL`;
  return store.read(async (session) => ({
    pupils: await session.all('SELECT upn FROM pupils ORDER BY upn'),
    enrolments: await session.all(byUpn('enrolments')),
    marks: await session.all('SELECT * FROM marks_decoded ORDER BY ALL'),
    enrolmentWeeks: await session.all(byUpn('enrolment_weeks')),
    cohortEnrolmentYears: await session.all(byUpn('cohort_enrolment_years')),
    schoolWeeks: await session.all('SELECT * FROM school_weeks ORDER BY ALL'),
    halfTerms: await session.all('SELECT * FROM half_terms ORDER BY ALL'),
    loadedExports: await session.all('SELECT * EXCLUDE (loaded_at) FROM loaded_exports ORDER BY ALL'),
  }));
}

describe('concurrent school loads', () => {
  let folder: string;
  let schools: SchoolExportUnit[][];

  beforeAll(async () => {
    folder = await makeTempFolder();
    await writeSyntheticLaExports(
      { seed: 5, schools: 6, pupils: 900, academicYear: 2025, asOf: '2025-12-12', amendedExports: true },
      folder,
    );
    schools = await exportsBySchool(folder);
  }, 120_000);

  afterAll(async () => {
    await removeFolder(folder);
  });

  const loadAll = async (loadConcurrency: number) => {
    const store = await AnalyticsStore.open({ path: ':memory:', loadConcurrency });
    await loadSchoolsFile(store, join(folder, 'schools.csv'));
    let running = 0;
    let mostAtOnce = 0;
    await Promise.all(
      schools.map(async (units) => {
        for (const unit of units) {
          running += 1;
          mostAtOnce = Math.max(mostAtOnce, running);
          await loadSchoolExport(store, unit);
          running -= 1;
        }
      }),
    );
    const contents = await storeByUpn(store);
    await store.close();
    return { contents, mostAtOnce };
  };

  it('builds the same store as loading one export at a time', async () => {
    const exportCount = schools.flatMap((units) => units).length;
    expect(exportCount).toBeGreaterThan(schools.length); // amended exports: more than one per school
    const oneAtATime = await loadAll(1);
    const upns = oneAtATime.contents.enrolments.map((row) => row['upn']);
    expect(new Set(upns).size).toBeLessThan(upns.length); // dual-registered pupils: one UPN, two schools
    const sideBySide = await loadAll(3);
    expect(sideBySide.mostAtOnce).toBeGreaterThan(1);
    expect(sideBySide.contents).toEqual(oneAtATime.contents);
    expect(oneAtATime.contents.marks.length).toBeGreaterThan(0);
  }, 120_000);
});
