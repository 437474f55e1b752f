import { availableParallelism } from 'node:os';
import { ensureSchema } from '../schema/ensure-schema.js';
import { leaseInstance, type InstanceLease } from './duckdb-instance-registry.js';
import { DuckDBSqlSession, type SqlSession, type WriteSession } from './sql-session.js';

export interface AnalyticsStoreOptions {
  /** A DuckDB database file (created when missing) or ':memory:'. */
  path: string;
  /**
   * DuckDB's memory limit for this database file, e.g. '2GB' (DuckDB's default is 80% of RAM). Applied by the
   * first store opened on the file in a process.
   */
  memoryLimit?: string;
  /**
   * How many school exports may load at once, each on its own connection (default: one more than the processor
   * count, at most 4). A school's load is mostly single-threaded work on its own rows, so loads side by side
   * use the cores a lone load leaves idle; the extra one keeps a core busy while another load waits on its
   * commit (measured: about 190% CPU with three loads on two cores against 177% with two). Applied by the
   * first store opened on the file in a process.
   */
  loadConcurrency?: number;
}

/** Runs `step` alone among the shared writes: for rows that any of them may touch (e.g. LA-wide pupil ids). */
export type SerialStep = <T>(step: () => Promise<T>) => Promise<T>;

const DEFAULT_LOAD_CONCURRENCY = Math.min(4, availableParallelism() + 1);

/**
 * The DuckDB database behind every figure. Reads run on their own connection inside one read-only
 * transaction, so they see only committed data and the parts of one answer agree with each other. Writes go
 * through the file's write gate: `write` runs alone on the store's writer connection; `writeShared` (one
 * school's load) runs beside other shared writes, each on a connection of its own from this store's pool (a
 * load's staging tables live on its connection).
 */
export class AnalyticsStore {
  private closed = false;
  private readonly idleLoaders: DuckDBSqlSession[] = [];
  private readonly allLoaders: DuckDBSqlSession[] = [];

  private constructor(
    readonly path: string,
    private readonly lease: InstanceLease,
    private readonly writer: DuckDBSqlSession,
  ) {}

  static async open(options: AnalyticsStoreOptions): Promise<AnalyticsStore> {
    const lease = await leaseInstance(options.path, {
      memoryLimit: options.memoryLimit,
      sharedWriteLimit: options.loadConcurrency ?? DEFAULT_LOAD_CONCURRENCY,
    });
    let store: AnalyticsStore | undefined;
    try {
      store = new AnalyticsStore(options.path, lease, new DuckDBSqlSession(await lease.instance.connect()));
      await store.ensureSchema();
      return store;
    } catch (error) {
      if (store) await store.close();
      else lease.release();
      throw error;
    }
  }

  /** How many school loads `writeShared` runs at once on this file. */
  get loadConcurrency(): number {
    return this.lease.writeGate.sharedLimit;
  }

  /**
   * Changes after every write to the database file (each export load among them), never otherwise: a cache of
   * figures keyed by it is invalidated by each load. Read it before the read whose result it keys.
   */
  get dataVersion(): number {
    return this.lease.writeGate.settledWrites;
  }

  /** Creates missing tables and refreshes reference data from the domain. Idempotent; `open` calls it. */
  async ensureSchema(): Promise<void> {
    await this.write((session) => ensureSchema(session));
  }

  async read<T>(work: (session: SqlSession) => Promise<T>): Promise<T> {
    this.assertOpen();
    const session = new DuckDBSqlSession(await this.lease.instance.connect());
    try {
      await session.run('BEGIN TRANSACTION READ ONLY');
      try {
        return await work(session);
      } finally {
        await session.run('ROLLBACK');
      }
    } finally {
      session.close();
    }
  }

  /** Runs `work` alone on the writer connection; open a transaction inside it with `session.transaction`. */
  async write<T>(work: (session: WriteSession) => Promise<T>): Promise<T> {
    this.assertOpen();
    return this.lease.writeGate.exclusive(() => work(this.writer));
  }

  /**
   * Runs `work` beside other shared writes, on a connection of its own. Only for writes that touch rows no other
   * shared write touches at the same time (one school's rows: loads of one school must not overlap); a step
   * that touches rows any of them may touch goes through `serialStep`. Open transactions inside it with
   * `session.transaction`; DuckDB commits concurrent transactions that touch different rows.
   */
  async writeShared<T>(work: (session: WriteSession, serialStep: SerialStep) => Promise<T>): Promise<T> {
    this.assertOpen();
    return this.lease.writeGate.shared(async () => {
      const session = await this.takeLoader();
      try {
        await this.lease.loadThreads.loadStarted(session);
        return await work(session, (step) => this.lease.serialSteps.run(step));
      } finally {
        await this.lease.loadThreads.loadFinished(session);
        this.idleLoaders.push(session);
      }
    });
  }

  /** Waits for queued writes, then closes; the database closes with the last store open on it. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.lease.writeGate.drain();
    this.writer.close();
    for (const loader of this.allLoaders) loader.close();
    this.lease.release();
  }

  private async takeLoader(): Promise<DuckDBSqlSession> {
    const idle = this.idleLoaders.pop();
    if (idle) return idle;
    const session = new DuckDBSqlSession(await this.lease.instance.connect());
    this.allLoaders.push(session);
    return session;
  }

  private assertOpen(): void {
    if (this.closed) throw new Error(`The analytics store ${this.path} is closed`);
  }
}
