// A quick look at the product's side of `npm run bench:query`: every case of query-cases.mjs run against an
// existing analytics store, a first run and then RUNS (default 5) more, no result cache, no PostgreSQL, no API.
// For trying a change before the full benchmark, never for README's table. Needs the libraries built.
//   STORE=<path to analytics.duckdb> SCHOOL=<urn> [ONLY=<regexp of case names>] [RUNS=5] node bench/query-quick.mjs
import { performance } from 'node:perf_hooks';
import { AnalyticsStore } from '@attendance/analytics';
import { queryCases } from './query-cases.mjs';

const { STORE, SCHOOL, ONLY } = process.env;
if (!STORE || !SCHOOL) throw new Error('Set STORE (an analytics.duckdb) and SCHOOL (a URN in it)');
const runs = Number(process.env.RUNS ?? 5);
const only = ONLY ? new RegExp(ONLY, 'i') : null;

const store = await AnalyticsStore.open({ path: STORE });
try {
  for (const entry of queryCases({ school: SCHOOL })) {
    if (only && !only.test(entry.name)) continue;
    const times = [];
    for (let run = 0; run <= runs; run += 1) {
      const start = performance.now();
      await entry.run(store);
      times.push(performance.now() - start);
    }
    const first = times.shift();
    times.sort((a, b) => a - b);
    const p50 = times[Math.floor(times.length / 2)];
    console.log(
      `${entry.name.padEnd(34)} first ${first.toFixed(0).padStart(6)}  p50 ${p50.toFixed(0).padStart(6)}  max ${times.at(-1).toFixed(0).padStart(6)}`,
    );
  }
} finally {
  await store.close();
}
