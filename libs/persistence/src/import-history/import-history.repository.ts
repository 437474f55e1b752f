import type { DataSource, Repository } from 'typeorm';
import { ImportRun, type ImportRunStatus, type ImportRunTrigger } from './import-run.entity.js';
import { ImportUnit, type ImportFinding, type ImportUnitStatus } from './import-unit.entity.js';

export type NewImportUnit = Omit<ImportUnit, 'id' | 'runId'>;

/** The error an interrupted run is closed with. */
export const INTERRUPTED_RUN_ERROR =
  'The process stopped before this run finished (it was killed, crashed or the server restarted). The exports ' +
  'recorded for this run stand; the next load of the folder loads any export it had not recorded.';

/** Queries over import history and nothing else. */
export class ImportHistoryRepository {
  private readonly runs: Repository<ImportRun>;
  private readonly units: Repository<ImportUnit>;

  constructor(dataSource: DataSource) {
    this.runs = dataSource.getRepository(ImportRun);
    this.units = dataSource.getRepository(ImportUnit);
  }

  async startRun(trigger: ImportRunTrigger, folder: string): Promise<ImportRun> {
    return this.runs.save(
      this.runs.create({
        trigger,
        folder,
        status: 'running',
        unitsLoaded: 0,
        unitsFailed: 0,
        unitsSkipped: 0,
        marksLoaded: 0,
      }),
    );
  }

  /** The export date of the newest export loaded for this school, if any. */
  async latestLoadedExportDate(urn: string): Promise<string | null> {
    const row = await this.units
      .createQueryBuilder('unit')
      .select('max(unit.export_date)::text', 'latest')
      .where('unit.urn = :urn AND unit.status = :loaded', { urn, loaded: 'loaded' })
      .getRawOne<{ latest: string | null }>();
    return row?.latest ?? null;
  }

  /** Whether these exact files (by checksum) were already loaded for this school. */
  async isAlreadyLoaded(urn: string, checksum: string): Promise<boolean> {
    return (await this.units.count({ where: { urn, checksum, status: 'loaded' } })) > 0;
  }

  async recordUnit(runId: string, unit: NewImportUnit): Promise<ImportUnit> {
    return this.units.save(this.units.create({ ...unit, runId }));
  }

  async finishRun(
    runId: string,
    outcome: {
      status: ImportRunStatus;
      unitsLoaded: number;
      unitsFailed: number;
      unitsSkipped: number;
      marksLoaded: number;
      error?: string;
      warnings?: ImportFinding[];
    },
  ): Promise<void> {
    await this.runs.update(runId, {
      ...outcome,
      error: outcome.error ?? null,
      warnings: outcome.warnings ?? [],
      finishedAt: new Date(),
    });
  }

  /**
   * Closes every run still 'running' as 'interrupted', with the units it recorded before it stopped counted.
   * Call it before starting a run, when no other run can be under way (the API serialises runs and DuckDB allows
   * one writer process): a run still 'running' then belongs to a process that stopped mid-run, and would
   * otherwise show as running for ever. Its finish time is when this noticed. Returns how many runs it closed.
   */
  async markInterruptedRuns(): Promise<number> {
    const ofThisRun = 'import_unit.run_id = import_run.id';
    const unitsWith = (status: ImportUnitStatus) => () =>
      `(SELECT count(*) FROM import_unit WHERE ${ofThisRun} AND import_unit.status = '${status}')`;
    const result = await this.runs
      .createQueryBuilder()
      .update(ImportRun)
      .set({
        status: 'interrupted',
        finishedAt: new Date(),
        error: INTERRUPTED_RUN_ERROR,
        unitsLoaded: unitsWith('loaded'),
        unitsFailed: unitsWith('failed'),
        unitsSkipped: unitsWith('skipped'),
        marksLoaded: () =>
          `(SELECT coalesce(sum(mark_rows), 0) FROM import_unit WHERE ${ofThisRun} AND import_unit.status = 'loaded')`,
      })
      .where('status = :running', { running: 'running' satisfies ImportRunStatus })
      .execute();
    return result.affected ?? 0;
  }

  async findRun(runId: string): Promise<ImportRun | null> {
    return this.runs.findOneBy({ id: runId });
  }

  async recentRuns(limit: number): Promise<ImportRun[]> {
    return this.runs.find({ order: { startedAt: 'DESC' }, take: limit });
  }

  async unitsOfRun(runId: string): Promise<ImportUnit[]> {
    return this.units.find({ where: { runId }, order: { urn: 'ASC', exportDate: 'ASC' } });
  }

  /** True when a run with this trigger finished with every unit loaded. */
  async hasSucceededRun(trigger: ImportRunTrigger): Promise<boolean> {
    return (await this.runs.count({ where: { trigger, status: 'succeeded' } })) > 0;
  }

  /** True when any unit was loaded by a run with one of these triggers (e.g. real data from the CLI or API). */
  async hasLoadedUnitFrom(triggers: readonly ImportRunTrigger[]): Promise<boolean> {
    const count = await this.units
      .createQueryBuilder('unit')
      .innerJoin(ImportRun, 'run', 'run.id = unit.run_id')
      .where('unit.status = :loaded', { loaded: 'loaded' })
      .andWhere('run.trigger IN (:...triggers)', { triggers })
      .getCount();
    return count > 0;
  }
}
