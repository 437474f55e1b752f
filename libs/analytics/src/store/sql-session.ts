import type { DuckDBConnection, DuckDBType, DuckDBValue } from '@duckdb/node-api';
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
  constructor(private readonly connection: DuckDBConnection) {}

  async run(sql: string, params?: SqlParams, types?: SqlParamTypes): Promise<number> {
    const result = await this.connection.run(sql, params, types);
    return result.rowsChanged;
  }

  async all(sql: string, params?: SqlParams, types?: SqlParamTypes): Promise<SqlRow[]> {
    const reader = await this.connection.runAndReadAll(sql, params, types);
    return reader.getRowObjects().map(toSqlRow);
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
    this.connection.closeSync();
  }
}
