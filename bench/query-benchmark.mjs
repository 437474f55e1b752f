// `npm run bench:query`: how fast the dashboard's questions are answered on the ingestion benchmark's LA (a full
// year, 250,000 pupils by default), cold (each run a fresh computation, and the first run after opening the
// store apart), cached (through the API's result cache: end to end over GraphQL where the API serves the
// question, else through its AnalyticsCache in this process), next to the same figures computed by plain SQL
// over the same marks in PostgreSQL, whose answers must equal the product's. A benchmark, not a test: it never
// runs in CI. Needs the libraries and the API built (the npm script builds them). Settings: bench-config.mjs,
// and BENCH_RUNS (cold runs, default 20), BENCH_CACHED_RUNS (200), BENCH_PG_RUNS (5), BENCH_POSTGRES=off (the
// product's figures only: the baseline's PostgreSQL still starts, as the API's operational database).
import { dirname, join } from 'node:path';
import { AnalyticsStore, WHOLE_LA_SCOPE } from '@attendance/analytics';
import { benchConfig } from './bench-config.mjs';
import { ensureGeneratedLa } from './bench-exports.mjs';
import { BASELINE_DATABASE, ensurePostgresBaseline } from './postgres-load.mjs';
import { periodParams } from './postgres-measures.mjs';
import { startApi } from './query-api.mjs';
import { availableCases, periodOf, queryCases } from './query-cases.mjs';
import { apiDisagreement, firstDifference } from './query-compare.mjs';
import { allTargetsMet, reportLines } from './query-report.mjs';
import { ensureQueryStore } from './query-store.mjs';
import { runTimes, timedMs } from './query-timing.mjs';

const log = (text) => console.log(`[bench] ${text}`);

function runsSetting(name, fallback) {
  const text = process.env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value <= 0)
    throw new Error(`${name} must be a positive whole number, got "${text}"`);
  return value;
}

/** The school with the most enrolments: its dashboard is the slowest a school asks for. */
function largestSchool(manifest) {
  return manifest.perSchool.reduce((largest, school) =>
    school.enrolments > largest.enrolments ? school : largest,
  ).urn;
}

/** The API's own result cache, in this process (for questions the API cannot be asked over HTTP yet). */
async function inProcessCache(store) {
  const { AnalyticsCache } = await import('../apps/api/dist/analytics-cache/analytics-cache.js');
  return new AnalyticsCache(store, { analyticsCacheEntries: 500 });
}

/** First run after opening the store, `runs` fresh computations, and the in-process cache's answers. */
async function productTimes(storePath, entry, runs) {
  const store = await AnalyticsStore.open({ path: storePath });
  try {
    const first = await timedMs(() => entry.run(store));
    const cold = await runTimes(runs.cold, () => entry.run(store));
    const cache = await inProcessCache(store);
    const ask = () => cache.answer(entry.name, {}, entry.scope ?? WHOLE_LA_SCOPE, () => entry.run(store));
    await ask();
    const cached = await runTimes(runs.cached, ask);
    return { answer: first.result, first: first.ms, cold, cached, via: 'in process' };
  } finally {
    await store.close();
  }
}

/** The baseline's answer must equal the product's; then its times. */
async function baselineTimes(client, entry, answer, school, runs) {
  const params = { ...periodParams(periodOf(answer)), urn: school };
  const difference = firstDifference(
    entry.baseline.product(answer),
    await entry.baseline.run(client, params),
  );
  if (difference) throw new Error(`${entry.name}: PostgreSQL and the product disagree at ${difference}`);
  return runTimes(runs.postgres, () => entry.baseline.run(client, params));
}

async function main() {
  const config = benchConfig();
  const runs = {
    cold: runsSetting('BENCH_RUNS', 20),
    cached: runsSetting('BENCH_CACHED_RUNS', 200),
    postgres: runsSetting('BENCH_PG_RUNS', 5),
  };
  const withBaseline = process.env.BENCH_POSTGRES !== 'off';
  const folder = config.folders.year;
  const manifest = await ensureGeneratedLa({ ...config.generation, asOf: config.firstAsOf }, folder, log);
  const work = `${folder}-query`;
  // analytics.duckdb in a folder of its own: that folder is the API's DATA_DIR for the cached figures.
  const storePath = join(work, 'duckdb', 'analytics.duckdb');
  await ensureQueryStore(
    { folder, manifest, storePath, memoryLimit: config.memoryLimit, loadConcurrency: config.loadConcurrency },
    log,
  );
  const postgres = await ensurePostgresBaseline(
    { folder, manifest, clusterDir: join(work, 'postgres') },
    log,
  );
  try {
    const school = largestSchool(manifest);
    const { runnable, skipped } = availableCases(queryCases({ school }));
    const notes = [...skipped];
    const results = [];
    for (const entry of runnable) {
      log(`${entry.name}: ${runs.cold} cold runs, ${runs.cached} cached`);
      results.push({ name: entry.name, entry, ...(await productTimes(storePath, entry, runs)) });
    }

    log('starting the API on the store for the cached figures over GraphQL');
    const api = await startApi({
      dataDir: dirname(storePath),
      databaseUrl: await postgres.ensureDatabase('attendance_bench_api'),
    });
    let roundTrip;
    try {
      roundTrip = await runTimes(runs.cached, () => api.post('{ __typename }'));
      for (const result of results) {
        const { graphql } = result.entry;
        if (!graphql || !api.serves(graphql.field)) continue;
        const request = api.request(graphql.field, graphql.args, graphql.selection);
        const response = await api.post(request).catch((error) => {
          // One failing field should not cost the figures of the others (the PostgreSQL runs took minutes).
          notes.push(
            `${result.name}: GraphQL ${graphql.field} failed, cached figure from the in-process cache:`,
          );
          notes.push(error.message);
          return undefined;
        });
        if (!response) continue;
        const disagreement = apiDisagreement(result.answer, response[graphql.field]);
        if (disagreement) throw new Error(`${result.name}: the API's answer differs at ${disagreement}`);
        result.cached = await runTimes(runs.cached, () => api.post(request));
        result.via = `GraphQL ${graphql.field}`;
      }
    } finally {
      await api.stop();
    }

    // Last: minutes of PostgreSQL work. The product's figures (above) are all timed first, so a quiet machine is
    // needed only for that stretch; BENCH_POSTGRES=off leaves the baseline out (its columns print '-').
    const client = withBaseline ? await postgres.connect(BASELINE_DATABASE) : undefined;
    try {
      for (const result of client ? results.filter(({ entry }) => entry.baseline) : []) {
        log(`${result.name}: PostgreSQL, checked against the product's answer, then ${runs.postgres} runs`);
        result.postgres = await baselineTimes(client, result.entry, result.answer, school, runs);
      }
    } finally {
      await client?.end();
    }

    console.log('');
    console.log(
      `${manifest.totals.schools} schools, ${manifest.totals.enrolments.toLocaleString('en-GB')} enrolments, ` +
        `${manifest.totals.marks.toLocaleString('en-GB')} marks; school dashboard: ${school} (the largest); ` +
        `runs: ${runs.cold} cold, ${runs.cached} cached, ` +
        `${withBaseline ? `${runs.postgres} PostgreSQL` : 'no PostgreSQL baseline (BENCH_POSTGRES=off)'}; times in ms`,
    );
    for (const line of reportLines(results)) console.log(line);
    console.log(
      `GraphQL round trip of an empty query ({ __typename }): p50 ${roundTrip.p50.toFixed(2)} ms, ` +
        `p95 ${roundTrip.p95.toFixed(2)} ms (the floor under every "GraphQL" cached figure)`,
    );
    for (const note of notes) console.log(note);
    console.log(allTargetsMet(results) ? 'Every target met.' : 'Some targets missed (FAIL above).');
  } finally {
    await postgres.stop();
  }
}

await main();
