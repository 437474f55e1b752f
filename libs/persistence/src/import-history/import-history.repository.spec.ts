import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OperationalDatabase } from '../database/operational-database.js';
import { ImportRunInterruptedStatus1764020000000 } from '../migrations/1764020000000-import-run-interrupted-status.js';
import {
  ImportHistoryRepository,
  INTERRUPTED_RUN_ERROR,
  type NewImportUnit,
} from './import-history.repository.js';
import type { ImportUnitStatus } from './import-unit.entity.js';

function unit(urn: string, status: ImportUnitStatus, markRows: number): NewImportUnit {
  return {
    urn,
    exportDate: '2026-11-20',
    pupilsFile: `${urn}_20261120_pupils.csv`,
    marksFile: `${urn}_20261120_marks.csv`,
    status,
    pupilRows: markRows > 0 ? 3 : 0,
    markRows,
    firstDate: null,
    lastDate: null,
    durationMs: 5,
    error: status === 'failed' ? 'bad mark' : null,
    checksum: `checksum-${urn}`,
    format: 'csv-pair',
    errors: [],
    warnings: [],
    quarantinedTo: null,
  };
}

describe(`${ImportHistoryRepository.name}.markInterruptedRuns`, () => {
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'attendance-interrupted-'));
  });

  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('closes a run whose process stopped mid-run as interrupted, counting the units it recorded', async () => {
    // A finished run, then a run whose process stops after three units: its row stays 'running'.
    const first = await OperationalDatabase.open({ dataDir });
    const before = new ImportHistoryRepository(first.dataSource);
    const finished = await before.startRun('schedule', '/exports/monday');
    await before.finishRun(finished.id, {
      status: 'succeeded',
      unitsLoaded: 0,
      unitsFailed: 0,
      unitsSkipped: 0,
      marksLoaded: 0,
    });
    const finishedRow = await before.findRun(finished.id);
    const stopped = await before.startRun('api', '/exports/tuesday');
    await before.recordUnit(stopped.id, unit('900001', 'loaded', 120));
    await before.recordUnit(stopped.id, unit('900002', 'loaded', 80));
    await before.recordUnit(stopped.id, unit('900003', 'skipped', 0));
    await before.recordUnit(stopped.id, unit('900004', 'failed', 0));
    await first.close();

    const second = await OperationalDatabase.open({ dataDir });
    try {
      const history = new ImportHistoryRepository(second.dataSource);
      expect(await history.findRun(stopped.id)).toMatchObject({ status: 'running', finishedAt: null });

      expect(await history.markInterruptedRuns()).toBe(1);

      const interrupted = await history.findRun(stopped.id);
      expect(interrupted).toMatchObject({
        status: 'interrupted',
        error: INTERRUPTED_RUN_ERROR,
        unitsLoaded: 2,
        unitsSkipped: 1,
        unitsFailed: 1,
        marksLoaded: 200,
      });
      expect(interrupted?.finishedAt?.getTime()).toBeGreaterThanOrEqual(stopped.startedAt.getTime());
      expect(await history.findRun(finished.id)).toEqual(finishedRow);
      // Its loaded units still count as loaded, so the next run skips them.
      expect(await history.isAlreadyLoaded('900001', 'checksum-900001')).toBe(true);
      expect(await history.markInterruptedRuns()).toBe(0);
      expect(await history.findRun(stopped.id)).toEqual(interrupted);
    } finally {
      await second.close();
    }
  }, 60_000);

  it('keeps the run status checked at the database; undoing the migration turns interrupted runs into failed ones', async () => {
    const database = await OperationalDatabase.open({ dataDir });
    try {
      const history = new ImportHistoryRepository(database.dataSource);
      const run = await history.startRun('cli', '/x');
      await expect(
        database.dataSource.query(`UPDATE import_run SET status = 'half-run' WHERE id = $1`, [run.id]),
      ).rejects.toThrow(/check constraint/);
      await history.markInterruptedRuns();

      const migration = new ImportRunInterruptedStatus1764020000000();
      const queryRunner = database.dataSource.createQueryRunner();
      try {
        await migration.down(queryRunner);
        expect(await history.findRun(run.id)).toMatchObject({
          status: 'failed',
          error: INTERRUPTED_RUN_ERROR,
        });
        await expect(
          database.dataSource.query(`UPDATE import_run SET status = 'interrupted' WHERE id = $1`, [run.id]),
        ).rejects.toThrow(/check constraint/);
        await migration.up(queryRunner);
      } finally {
        await queryRunner.release();
      }
      await database.dataSource.query(`UPDATE import_run SET status = 'interrupted' WHERE id = $1`, [run.id]);
      expect(await history.findRun(run.id)).toMatchObject({ status: 'interrupted' });
    } finally {
      await database.close();
    }
  }, 60_000);
});
