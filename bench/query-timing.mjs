import { performance } from 'node:perf_hooks';

// Timings for `npm run bench:query`, in milliseconds. Percentiles are the nearest-rank ones of
// ingest-benchmark.mjs (median = the middle run, p95 = the run 95% of runs are at or under), so both
// benchmarks print comparable figures.

export async function timedMs(work) {
  const start = performance.now();
  const result = await work();
  return { result, ms: performance.now() - start };
}

/** Runs `work` `runs` times one after another; returns the median and p95 in ms. */
export async function runTimes(runs, work) {
  const times = [];
  for (let run = 0; run < runs; run += 1) times.push((await timedMs(work)).ms);
  return percentiles(times);
}

export function percentiles(times) {
  if (times.length === 0) throw new Error('percentiles of no runs');
  const sorted = [...times].sort((a, b) => a - b);
  return {
    runs: sorted.length,
    p50: sorted[Math.floor(sorted.length / 2)],
    p95: sorted[Math.ceil(sorted.length * 0.95) - 1],
  };
}
