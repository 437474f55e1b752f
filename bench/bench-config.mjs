import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Sizes and places, from the environment, so the benchmark can be tried small first:
//   BENCH_PUPILS=12000 BENCH_SCHOOLS=40 node bench/ingest-benchmark.mjs
// The default is the largest English LA: 250,000 pupils, a full academic year (2025/26 up to its second last
// school day, 21 July 2026); the nightly load adds the last day, 22 July.

function positiveInteger(name, fallback) {
  const text = process.env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive whole number`);
  return value;
}

export function benchConfig() {
  const pupils = positiveInteger('BENCH_PUPILS', 250_000);
  const schools = positiveInteger('BENCH_SCHOOLS', 600);
  const seed = positiveInteger('BENCH_SEED', 1);
  const root = process.env.BENCH_DIR ?? join(process.env.DATA_DIR ?? tmpdir(), 'bench-ingest');
  const generation = { seed, schools, pupils, academicYear: 2025 };
  const name = `la-p${pupils}-s${schools}-seed${seed}`;
  return {
    generation,
    firstAsOf: '2026-07-21',
    nextAsOf: '2026-07-22',
    folders: {
      year: join(root, `${name}-2026-07-21`),
      nextYear: join(root, `${name}-2026-07-22`),
      nextDay: join(root, `${name}-night-2026-07-22`),
    },
    databases: { baseline: join(root, 'baseline.duckdb'), store: join(root, 'store.duckdb') },
    // DuckDB's own default is 80% of RAM; the product's load must fit a 4 GB process.
    memoryLimit: process.env.BENCH_MEMORY_LIMIT ?? '2GB',
    // Schools loading at once; unset = the product's default (AnalyticsStore's loadConcurrency).
    loadConcurrency: process.env.BENCH_LOAD_CONCURRENCY
      ? positiveInteger('BENCH_LOAD_CONCURRENCY', 1)
      : undefined,
  };
}
