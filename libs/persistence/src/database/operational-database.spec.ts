import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImportHistoryRepository } from '../import-history/import-history.repository.js';
import { LocalAuthorityProfileRepository } from '../local-authority/local-authority-profile.repository.js';
import { OperationalDatabase } from './operational-database.js';

describe(OperationalDatabase.name, () => {
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'attendance-persistence-'));
  });

  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('starts embedded PostgreSQL, migrates, and keeps data across a restart', async () => {
    const first = await OperationalDatabase.open({ dataDir });
    const history = new ImportHistoryRepository(first.dataSource);
    const run = await history.startRun('cli', '/exports/tonight');
    await history.recordUnit(run.id, {
      urn: '900001',
      exportDate: '2026-11-20',
      pupilsFile: '900001_20261120_pupils.csv',
      marksFile: '900001_20261120_marks.csv',
      status: 'loaded',
      pupilRows: 3,
      markRows: 120,
      firstDate: '2026-09-03',
      lastDate: '2026-11-20',
      durationMs: 12,
      error: null,
      checksum: 'abc123',
      format: 'csv-pair',
      errors: [],
      warnings: [{ file: '900001_20261120_marks.csv', message: 'a warning kept with the run' }],
      quarantinedTo: null,
    });
    await history.finishRun(run.id, {
      status: 'succeeded',
      unitsLoaded: 1,
      unitsFailed: 0,
      unitsSkipped: 0,
      marksLoaded: 120,
    });
    await new LocalAuthorityProfileRepository(first.dataSource).save({
      name: 'Northwold',
      laCode: '999',
      isSyntheticDemo: true,
    });
    await first.close();

    const second = await OperationalDatabase.open({ dataDir });
    try {
      const reopened = new ImportHistoryRepository(second.dataSource);
      const [latest] = await reopened.recentRuns(5);
      expect(latest).toMatchObject({ id: run.id, status: 'succeeded', marksLoaded: 120, unitsLoaded: 1 });
      expect(latest?.finishedAt).toBeInstanceOf(Date);
      expect(await reopened.findRun(run.id)).toMatchObject({ id: run.id, trigger: 'cli' });
      const units = await reopened.unitsOfRun(run.id);
      expect(units).toHaveLength(1);
      expect(units[0]).toMatchObject({
        urn: '900001',
        exportDate: '2026-11-20',
        markRows: 120,
        warnings: [{ file: '900001_20261120_marks.csv', message: 'a warning kept with the run' }],
      });
      expect(await reopened.isAlreadyLoaded('900001', 'abc123')).toBe(true);
      expect(await reopened.isAlreadyLoaded('900001', 'other')).toBe(false);
      expect(await reopened.isAlreadyLoaded('900002', 'abc123')).toBe(false);
      expect(await reopened.latestLoadedExportDate('900001')).toBe('2026-11-20');
      expect(await reopened.latestLoadedExportDate('900002')).toBeNull();
      expect(await reopened.hasLoadedUnitFrom(['cli'])).toBe(true);
      expect(await reopened.hasLoadedUnitFrom(['api', 'demo-bootstrap'])).toBe(false);
      expect(await reopened.hasSucceededRun('cli')).toBe(true);
      expect(await reopened.hasSucceededRun('demo-bootstrap')).toBe(false);
      expect(await new LocalAuthorityProfileRepository(second.dataSource).find()).toMatchObject({
        name: 'Northwold',
        isSyntheticDemo: true,
      });
      const migrations = await second.dataSource.query('SELECT name FROM schema_migrations');
      expect(migrations).toEqual([
        { name: 'CreateImportHistory1763900000000' },
        { name: 'ImportUnitChecksumsAndFindings1763990000000' },
        { name: 'ImportRunInterruptedStatus1764020000000' },
        { name: 'ImportRunWarnings1764100000000' },
        { name: 'CreateSchoolContact1764200000000' },
      ]);
    } finally {
      await second.close();
    }
  }, 60_000);

  it('uses the server named by DATABASE_URL instead of starting one', async () => {
    // A PostgreSQL server we did not start through OperationalDatabase stands in for an LA's own server.
    const externalServerDir = join(dataDir, 'external');
    const { startEmbeddedPostgres } = await import('./embedded-postgres-server.js');
    const external = await startEmbeddedPostgres(externalServerDir, () => undefined);
    const appDataDir = join(dataDir, 'app-with-database-url');
    try {
      const database = await OperationalDatabase.open({
        databaseUrl: external.connectionUrl,
        dataDir: appDataDir,
      });
      try {
        const run = await new ImportHistoryRepository(database.dataSource).startRun('api', '/x');
        expect(run.status).toBe('running');
      } finally {
        await database.close();
      }
      const { existsSync } = await import('node:fs');
      expect(existsSync(join(appDataDir, 'postgres'))).toBe(false);
    } finally {
      await external.stop();
    }
  }, 60_000);

  it('rejects an unknown unit status at the database, not only in TypeScript', async () => {
    const database = await OperationalDatabase.open({ dataDir });
    try {
      const run = await new ImportHistoryRepository(database.dataSource).startRun('cli', '/x');
      await expect(
        database.dataSource.query(
          `INSERT INTO import_unit (run_id, urn, export_date, pupils_file, marks_file, status, duration_ms)
           VALUES ($1, '900001', '2026-11-20', 'p', 'm', 'half-loaded', 1)`,
          [run.id],
        ),
      ).rejects.toThrow(/check constraint/);
    } finally {
      await database.close();
    }
  }, 60_000);
});
