import type { SqlSession } from './sql-session.js';

/**
 * DuckDB's worker threads while school loads run side by side. A load's statements are small and the loads, each
 * on its own connection, already keep every core busy with the threads that run them, so DuckDB's own worker
 * threads splitting each statement only added switching. While two or more loads run, DuckDB therefore runs
 * each statement on the thread that issued it (threads = 1); once one load is left, whose larger statements do
 * use every core, it gets its own thread count back. Measured with `npm run bench:ingest` on 2 cores and three
 * loads at once: the full load of 250,000 pupils took 59 s with DuckDB's two threads and 49 s with one.
 */
export class LoadThreadSetting {
  private loadsRunning = 0;
  private applied: number;
  /** Settings are applied one at a time, each to what the count is when it runs, so they cannot land out of order. */
  private settled: Promise<void> = Promise.resolve();

  constructor(private readonly ownThreads: number) {
    this.applied = ownThreads;
  }

  /** Call with the load's own connection, before its first statement. */
  loadStarted(session: SqlSession): Promise<void> {
    this.loadsRunning += 1;
    return this.apply(session);
  }

  /** Call with the load's own connection, after its last statement. */
  loadFinished(session: SqlSession): Promise<void> {
    this.loadsRunning -= 1;
    return this.apply(session);
  }

  private apply(session: SqlSession): Promise<void> {
    const applying = this.settled.then(async () => {
      const wanted = this.loadsRunning >= 2 ? 1 : this.ownThreads;
      if (wanted === this.applied) return;
      await session.run(`SET GLOBAL threads = ${wanted}`);
      this.applied = wanted;
    });
    this.settled = applying.catch(() => undefined);
    return applying;
  }
}
