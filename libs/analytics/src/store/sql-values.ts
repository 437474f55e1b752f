import {
  DuckDBDateValue,
  DuckDBDecimalValue,
  DuckDBTimestampValue,
  type DuckDBValue,
} from '@duckdb/node-api';

/** What a query row holds once it leaves DuckDB: plain JSON-friendly values only (dates as `YYYY-MM-DD`). */
export type SqlValue = string | number | boolean | null;
export type SqlRow = Record<string, SqlValue>;

/** Converts DuckDB values at the edge: BIGINT/HUGEINT counts become numbers, DATE becomes an ISO date. */
export function toSqlValue(value: DuckDBValue): SqlValue {
  if (
    value === null ||
    typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'boolean'
  ) {
    return value;
  }
  if (typeof value === 'bigint') return bigintToNumber(value);
  if (value instanceof DuckDBDateValue) return value.toString();
  if (value instanceof DuckDBTimestampValue) return value.toString();
  if (value instanceof DuckDBDecimalValue) return value.toDouble();
  throw new TypeError(`No conversion for a DuckDB value of type ${value.constructor.name}`);
}

function bigintToNumber(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new RangeError(`${value} does not fit a JavaScript number exactly`);
  }
  return Number(value);
}

export function toSqlRow(row: Record<string, DuckDBValue>): SqlRow {
  const converted: SqlRow = {};
  for (const [name, value] of Object.entries(row)) converted[name] = toSqlValue(value);
  return converted;
}
