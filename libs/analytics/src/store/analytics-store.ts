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
}

/**
 * The DuckDB database behind every figure. Reads run on their own connection inside one read-only
 * transaction, so they see only committed data and the parts of one answer agree with each other. Writes are
 * queued through one connection per database file (DuckDB allows one writer, and a load's staging tables live
 * on that connection).
 */
export class AnalyticsStore {
  private closed = false;

  private constructor(
    readonly path: string,
    private readonly lease: InstanceLease,
    private readonly writer: DuckDBSqlSession,
  ) {}

  static async open(options: AnalyticsStoreOptions): Promise<AnalyticsStore> {
    const lease = await leaseInstance(options.path, options.memoryLimit);
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
    return this.lease.writeQueue.run(() => work(this.writer));
  }

  /** Waits for queued writes, then closes; the database closes with the last store open on it. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.lease.writeQueue.drain();
    this.writer.close();
    this.lease.release();
  }

  private assertOpen(): void {
    if (this.closed) throw new Error(`The analytics store ${this.path} is closed`);
  }
}
