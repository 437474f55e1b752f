import type { DuckDBConnection, DuckDBPreparedStatement, DuckDBType, DuckDBValue } from '@duckdb/node-api';
import { toSqlRow, type SqlRow } from './sql-values.js';

/** Named `$parameters` of a statement. */
export type SqlParams = Record<string, DuckDBValue>;
/** Types for parameters whose type DuckDB cannot infer from the value (e.g. lists of structs with nulls). */
export type SqlParamTypes = Record<string, DuckDBType>;

/** The small surface the loader and the queries use, so the engine stays behind one interface. */
export interface SqlSession {
  /** Runs one statement; returns the number of rows it inserted, updated or deleted. */
  run(sql: string, params?: SqlParams, types?: SqlParamTypes): Promise<number>;
  /** Runs one query and returns its rows with values converted at the edge (see sql-values.ts). */
  all(sql: string, params?: SqlParams, types?: SqlParamTypes): Promise<SqlRow[]>;
}

export interface WriteSession extends SqlSession {
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: () => Promise<T>): Promise<T>;
}

export class DuckDBSqlSession implements WriteSession {
  /**
   * Statements with parameters, prepared once per connection: a load runs the same few dozen statements for
   * every school, and planning them each time cost more than running them on a night's small exports. DuckDB
   * binds a prepared statement again by itself when a table it reads is replaced (the staging tables are).
   */
  private readonly prepared = new Map<string, DuckDBPreparedStatement | 'several statements'>();

  constructor(private readonly connection: DuckDBConnection) {}

  async run(sql: string, params: SqlParams = {}, types?: SqlParamTypes): Promise<number> {
    const statement = await this.preparedWith(sql, params, types);
    if (statement === null) return (await this.connection.run(sql)).rowsChanged;
    return (await statement.run()).rowsChanged;
  }

  async all(sql: string, params: SqlParams = {}, types?: SqlParamTypes): Promise<SqlRow[]> {
    const statement = await this.preparedWith(sql, params, types);
    const reader =
      statement === null ? await this.connection.runAndReadAll(sql) : await statement.runAndReadAll();
    return reader.getRowObjects().map(toSqlRow);
  }

  /** The statement prepared and bound; null for a script of several statements (run as it is, no parameters). */
  private async preparedWith(
    sql: string,
    params: SqlParams,
    types: SqlParamTypes | undefined,
  ): Promise<DuckDBPreparedStatement | null> {
    let statement = this.prepared.get(sql);
    if (statement === undefined) {
      const count = (await this.connection.extractStatements(sql)).count;
      statement = count === 1 ? await this.connection.prepare(sql) : 'several statements';
      this.prepared.set(sql, statement);
    }
    if (statement === 'several statements') {
      if (Object.keys(params).length > 0) throw new Error('Parameters need a single statement');
      return null;
    }
    statement.clearBindings();
    if (Object.keys(params).length > 0) statement.bind(params, types);
    return statement;
  }

  async transaction<T>(work: () => Promise<T>): Promise<T> {
    await this.connection.run('BEGIN TRANSACTION');
    try {
      const result = await work();
      await this.connection.run('COMMIT');
      return result;
    } catch (error) {
      await this.rollbackQuietly();
      throw error;
    }
  }

  /** A failed COMMIT has already ended the transaction; the original error is the one worth reporting. */
  private async rollbackQuietly(): Promise<void> {
    try {
      await this.connection.run('ROLLBACK');
    } catch {
      // No transaction left to roll back.
    }
  }

  close(): void {
    for (const statement of this.prepared.values()) {
      if (statement !== 'several statements') statement.destroySync();
    }
    this.prepared.clear();
    this.connection.closeSync();
  }
}
