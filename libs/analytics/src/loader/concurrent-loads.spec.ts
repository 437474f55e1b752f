import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeSyntheticLaExports } from '@attendance/synthetic-la';
import { makeTempFolder, removeFolder } from '../__fixtures__/export-files.js';
import { AnalyticsStore } from '../store/analytics-store.js';
import { loadSchoolExport } from './load-school-export.js';
import { loadSchoolsFile } from './load-schools-file.js';
import type { SchoolExportUnit } from './school-export-unit.js';

// Exports handed over at once load side by side on several connections (AnalyticsStore.writeShared), several
// to a transaction (export-batch.ts), each school's in the order given. Over a generated LA with amended
// exports and dual-registered pupils (one UPN new to the store at two schools loading at once), the store they
// build must be the one loading every export in turn builds. Pupil ids may be numbered in another order, so
// rows are compared by UPN.

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
    enrolmentYears: await session.all(byUpn('enrolment_years')),
    schoolWeeks: await session.all('SELECT * FROM school_weeks ORDER BY ALL'),
    unbrokenEnrolmentWeeks: await session.all(byUpn('unbroken_enrolment_weeks')),
    runTails: await session.all(byUpn('enrolment_week_run_tails')),
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

  const openStore = async (loadConcurrency: number) => {
    const store = await AnalyticsStore.open({ path: ':memory:', loadConcurrency });
    await loadSchoolsFile(store, join(folder, 'schools.csv'));
    return store;
  };

  const loadInTurn = async () => {
    const store = await openStore(1);
    for (const unit of schools.flat()) await loadSchoolExport(store, unit);
    const contents = await storeByUpn(store);
    await store.close();
    return contents;
  };

  /** Every export handed over at once, a school's later exports included. */
  const loadAllAtOnce = async (loadConcurrency: number, units = schools.flat()) => {
    const store = await openStore(loadConcurrency);
    const results = await Promise.allSettled(units.map((unit) => loadSchoolExport(store, unit)));
    const contents = await storeByUpn(store);
    // DuckDB's now() is the transaction's start: exports committed together share their loaded_at.
    const [transactions] = await store.read((session) =>
      session.all('SELECT count(DISTINCT loaded_at) AS count FROM loaded_exports'),
    );
    await store.close();
    return { results, contents, transactions: Number(transactions?.['count']) };
  };

  it('builds the same store as loading one export at a time', async () => {
    const exportCount = schools.flat().length;
    expect(exportCount).toBeGreaterThan(schools.length); // amended exports: more than one per school
    const inTurn = await loadInTurn();
    const upns = inTurn.enrolments.map((row) => row['upn']);
    expect(new Set(upns).size).toBeLessThan(upns.length); // dual-registered pupils: one UPN, two schools
    expect(inTurn.marks.length).toBeGreaterThan(0);

    for (const loadConcurrency of [1, 3]) {
      const atOnce = await loadAllAtOnce(loadConcurrency);
      expect(atOnce.results.every((result) => result.status === 'fulfilled')).toBe(true);
      expect(atOnce.transactions).toBeLessThan(exportCount); // some exports shared a transaction
      expect(atOnce.contents).toEqual(inTurn);
    }
  }, 120_000);

  it('rejects an export that fails its checks and loads the rest of its batch', async () => {
    const [broken, ...others] = schools.map((units) => units.at(-1) as SchoolExportUnit);
    const brokenFolder = await makeTempFolder();
    try {
      const marks = await readFile(broken!.marksPath, 'utf8');
      const brokenMarksPath = join(brokenFolder, 'marks.csv');
      await writeFile(brokenMarksPath, marks.replace(/,(AM|PM),[^,\n]+\n/, ',$1,??\n'));
      const brokenUnit = { ...broken!, marksPath: brokenMarksPath };

      const withBroken = await loadAllAtOnce(1, [brokenUnit, ...others]);
      const [brokenResult, ...otherResults] = withBroken.results;
      expect(brokenResult?.status).toBe('rejected');
      expect(String((brokenResult as PromiseRejectedResult).reason)).toContain('??');
      expect(otherResults.every((result) => result.status === 'fulfilled')).toBe(true);
      expect(withBroken.transactions).toBe(1);

      const withoutBroken = await loadAllAtOnce(1, others);
      expect(withBroken.contents).toEqual(withoutBroken.contents);
    } finally {
      await removeFolder(brokenFolder);
    }
  }, 120_000);
});
