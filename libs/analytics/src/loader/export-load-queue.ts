import type { AnalyticsStore, SerialStep } from '../store/analytics-store.js';
import type { WriteSession } from '../store/sql-session.js';
import { EXPORTS_PER_TRANSACTION, ExportBatch } from './export-batch.js';
import type { SchoolExportLoadResult, SchoolExportUnit } from './school-export-unit.js';

/**
 * How many exports a caller should hand the loader at once (e.g. loadSchoolsSideBySide's concurrency) so that
 * every loader connection can fill its transaction.
 */
export function exportsToLoadAtOnce(store: AnalyticsStore): number {
  return store.loadConcurrency * EXPORTS_PER_TRANSACTION;
}

/** Loads an export that passed every check up to the point of parking it in `batch` (see load-school-export). */
export type PrepareExport = (
  session: WriteSession,
  serialStep: SerialStep,
  unit: SchoolExportUnit,
  batch: ExportBatch,
) => Promise<void>;

interface QueuedExport {
  unit: SchoolExportUnit;
  resolve: (result: SchoolExportLoadResult) => void;
  reject: (error: unknown) => void;
}

/**
 * The exports waiting to load into one store, and the loader connections working through them. Each connection
 * (up to the store's loadConcurrency) takes the waiting exports one by one, checks each and parks it in its
 * batch, and commits the batch when it holds EXPORTS_PER_TRANSACTION exports or nothing else is waiting; each
 * export's promise settles when its batch has committed (or it failed its checks). Exports of a school load one
 * at a time in the order they were queued: a school's export is not taken while another of its exports is
 * being loaded.
 */
export class ExportLoadQueue {
  private readonly waiting: QueuedExport[] = [];
  private readonly schoolsLoading = new Set<string>();
  private connectionsAtWork = 0;

  constructor(
    private readonly store: AnalyticsStore,
    private readonly prepare: PrepareExport,
  ) {}

  load(unit: SchoolExportUnit): Promise<SchoolExportLoadResult> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ unit, resolve, reject });
      this.startConnections();
    });
  }

  private startConnections(): void {
    while (this.connectionsAtWork < this.store.loadConcurrency && this.nextIndex() !== -1) {
      this.connectionsAtWork += 1;
      const work = this.store.writeShared((session, serialStep) => this.work(session, serialStep));
      void work
        .catch((error: unknown) => this.rejectWaiting(error))
        .finally(() => {
          this.connectionsAtWork -= 1;
          this.startConnections();
        });
    }
  }

  /** One connection's loop: batch after batch while exports it may take are waiting. */
  private async work(session: WriteSession, serialStep: SerialStep): Promise<void> {
    const batch = await ExportBatch.open(session);
    for (let next = this.take(); next !== undefined; next = this.take()) {
      const inBatch: QueuedExport[] = [];
      for (let queued: QueuedExport | undefined = next; queued !== undefined;) {
        try {
          await this.prepare(session, serialStep, queued.unit, batch);
          inBatch.push(queued);
        } catch (error) {
          this.finish(queued);
          queued.reject(error);
        }
        queued = batch.isFull ? undefined : this.take();
      }
      await this.commit(batch, inBatch);
    }
  }

  /** Settles every export of the batch by its commit; an error clearing the batch afterwards ends this loop. */
  private async commit(batch: ExportBatch, inBatch: readonly QueuedExport[]): Promise<void> {
    let results: SchoolExportLoadResult[];
    try {
      results = await batch.commit();
    } catch (error) {
      for (const queued of inBatch) {
        this.finish(queued);
        queued.reject(error);
      }
      await batch.clear();
      return;
    }
    inBatch.forEach((queued, index) => {
      this.finish(queued);
      queued.resolve(results[index] as SchoolExportLoadResult);
    });
    await batch.clear();
  }

  /** The first waiting export whose school has no export loading, now marked as loading. */
  private take(): QueuedExport | undefined {
    const index = this.nextIndex();
    if (index === -1) return undefined;
    const [queued] = this.waiting.splice(index, 1) as [QueuedExport];
    this.schoolsLoading.add(queued.unit.urn);
    return queued;
  }

  private nextIndex(): number {
    return this.waiting.findIndex(({ unit }) => !this.schoolsLoading.has(unit.urn));
  }

  private finish(queued: QueuedExport): void {
    this.schoolsLoading.delete(queued.unit.urn);
  }

  /** A connection could not start (e.g. the store is closed): the exports no connection will take fail. */
  private rejectWaiting(error: unknown): void {
    if (this.connectionsAtWork > 1) return;
    for (const queued of this.waiting.splice(0)) queued.reject(error);
  }
}
