import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { loadExportFolder } from '../loader/load-export-folder.js';
import { makeTempFolder, removeFolder } from '../__fixtures__/export-files.js';
import { writeOverviewScenario } from '../__fixtures__/overview-scenario.js';
import { snapshotStore } from '../__fixtures__/store-snapshot.js';
import { AnalyticsStore } from '../store/analytics-store.js';

// A store written before enrolment_years, school_weeks.school_days, unbroken_enrolment_weeks or
// enrolment_week_run_tails existed is opened by this version: its rollups are rebuilt from its summaries,
// exactly as a fresh load of the same exports writes them.
describe('rollups of a store laid out by an earlier version', () => {
  let folder: string;

  beforeAll(async () => {
    folder = await makeTempFolder();
    await mkdir(join(folder, 'exports'));
    await writeOverviewScenario(join(folder, 'exports'));
  });

  afterAll(async () => {
    await removeFolder(folder);
  });

  it('are rebuilt on open, equal to a fresh load, with nothing else changed', async () => {
    const path = join(folder, 'analytics.duckdb');
    const store = await AnalyticsStore.open({ path });
    await loadExportFolder(store, join(folder, 'exports'));
    const fresh = await snapshotStore(store);
    expect(fresh.enrolmentYears.length).toBeGreaterThan(0);
    await store.write(async (session) => {
      await session.run(`
        DROP TABLE enrolment_years;
        DROP TABLE school_weeks;
        CREATE TABLE cohort_enrolment_years (school_id INTEGER, pupil_id INTEGER, academic_year SMALLINT,
          possible USMALLINT, present USMALLINT, approved_educational_activity USMALLINT,
          authorised USMALLINT, unauthorised USMALLINT);
        CREATE TABLE school_weeks (school_id INTEGER, academic_year SMALLINT, week_start DATE,
          last_mark_date DATE, possible INTEGER, present INTEGER, approved_educational_activity INTEGER,
          authorised INTEGER, unauthorised INTEGER);
        INSERT INTO cohort_enrolment_years VALUES (1, 1, 2024, 9, 9, 0, 0, 0);
      `);
    });
    await store.close();

    const reopened = await AnalyticsStore.open({ path });
    try {
      expect(await snapshotStore(reopened)).toEqual(fresh);
      const [left] = await reopened.read((session) =>
        session.all(
          "SELECT count(*) AS tables FROM information_schema.tables WHERE table_name = 'cohort_enrolment_years'",
        ),
      );
      expect(left?.['tables']).toBe(0);
    } finally {
      await reopened.close();
    }
  });

  it('are rebuilt on open when the store predates unbroken_enrolment_weeks', async () => {
    const path = join(folder, 'before-unbroken-weeks.duckdb');
    const store = await AnalyticsStore.open({ path });
    await loadExportFolder(store, join(folder, 'exports'));
    const fresh = await snapshotStore(store);
    expect(fresh.unbrokenEnrolmentWeeks.length).toBeGreaterThan(0);
    await store.write((session) => session.run('DROP TABLE unbroken_enrolment_weeks'));
    await store.close();

    const reopened = await AnalyticsStore.open({ path });
    try {
      expect(await snapshotStore(reopened)).toEqual(fresh);
    } finally {
      await reopened.close();
    }
  });

  it('are rebuilt on open when the store predates enrolment_week_run_tails', async () => {
    const path = join(folder, 'before-run-tails.duckdb');
    const store = await AnalyticsStore.open({ path });
    await loadExportFolder(store, join(folder, 'exports'));
    const fresh = await snapshotStore(store);
    expect(fresh.runTails.length).toBeGreaterThan(0);
    await store.write((session) => session.run('DROP TABLE enrolment_week_run_tails'));
    await store.close();

    const reopened = await AnalyticsStore.open({ path });
    try {
      expect(await snapshotStore(reopened)).toEqual(fresh);
    } finally {
      await reopened.close();
    }
  });
});
