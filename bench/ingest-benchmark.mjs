// `npm run bench:ingest`: how fast the product loads a large LA, next to DuckDB's own read_csv of the same
// marks, how long one night's load of every school takes, and the process's peak memory. A benchmark, not a
// test: it never runs in CI. Needs the libraries built (the npm script builds them first). Settings: see
// bench-config.mjs.
import { rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DuckDBInstance } from '@duckdb/node-api';
import { AnalyticsStore, loadExportFolder, queryLaOverview } from '@attendance/analytics';
import { benchConfig } from './bench-config.mjs';
import { ensureGeneratedLa, ensureOneDayExports } from './bench-exports.mjs';
import { peakRssBytes } from './process-memory.mjs';

const log = (text) => console.log(`[bench] ${text}`);

async function timed(work) {
  const start = performance.now();
  const result = await work();
  return { result, seconds: (performance.now() - start) / 1000 };
}

async function removeDatabase(path) {
  await rm(path, { force: true });
  await rm(`${path}.wal`, { force: true });
}

/** DuckDB's read_csv of every marks file into one plain table, in a database of its own. */
async function baselineReadCsv(folder, path, memoryLimit) {
  await removeDatabase(path);
  const instance = await DuckDBInstance.create(path, { memory_limit: memoryLimit });
  const connection = await instance.connect();
  try {
    const { seconds } = await timed(() =>
      connection.run(
        `CREATE TABLE marks AS SELECT * FROM read_csv('${join(folder, '*_marks.csv')}', header = true)`,
      ),
    );
    const reader = await connection.runAndReadAll('SELECT count(*) AS n FROM marks');
    return { rows: Number(reader.getRowObjects()[0].n), seconds };
  } finally {
    connection.closeSync();
    instance.closeSync();
    await removeDatabase(path);
  }
}

async function overviewTimes(store, runs) {
  const seconds = [];
  for (let run = 0; run < runs; run += 1) seconds.push((await timed(() => queryLaOverview(store))).seconds);
  seconds.sort((a, b) => a - b);
  return { median: seconds[Math.floor(runs / 2)], p95: seconds[Math.ceil(runs * 0.95) - 1] };
}

/** Logs every 10% of the units loaded, so a long load shows it is moving. */
function progress(units) {
  const start = performance.now();
  let done = 0;
  return () => {
    done += 1;
    if (done % Math.max(1, Math.round(units / 10)) === 0 || done === units) {
      log(`${done}/${units} exports loaded in ${((performance.now() - start) / 1000).toFixed(0)} s`);
    }
  };
}

const rate = (count, seconds) => Math.round(count / seconds).toLocaleString('en-GB');
const gb = (bytes) => `${(bytes / 1024 ** 3).toFixed(2)} GB`;

async function main() {
  const config = benchConfig();
  const year = await ensureGeneratedLa(
    { ...config.generation, asOf: config.firstAsOf },
    config.folders.year,
    log,
  );
  await ensureGeneratedLa({ ...config.generation, asOf: config.nextAsOf }, config.folders.nextYear, log);
  const night = await ensureOneDayExports(
    config.folders.nextYear,
    config.nextAsOf,
    config.folders.nextDay,
    log,
  );
  const marks = year.totals.marks;
  log(
    `${year.totals.schools} schools, ${year.totals.enrolments} enrolments, ${marks} marks; night: ${night.marks} marks`,
  );

  log('baseline: DuckDB read_csv of every marks file into a plain table');
  const baseline = await baselineReadCsv(config.folders.year, config.databases.baseline, config.memoryLimit);
  if (baseline.rows !== marks) throw new Error(`read_csv read ${baseline.rows} rows, expected ${marks}`);

  await removeDatabase(config.databases.store);
  const store = await AnalyticsStore.open({
    path: config.databases.store,
    memoryLimit: config.memoryLimit,
    ...(config.loadConcurrency === undefined ? {} : { loadConcurrency: config.loadConcurrency }),
  });
  try {
    log('product: loading every school export');
    const full = await timed(() =>
      loadExportFolder(store, config.folders.year, progress(year.totals.schools)),
    );
    const loaded = full.result.units.reduce((sum, unit) => sum + unit.markRows, 0);
    if (loaded !== marks) throw new Error(`the loader stored ${loaded} marks, expected ${marks}`);
    const afterYear = await overviewTimes(store, 20);

    log('nightly: one new day for every school');
    const nightly = await timed(() => loadExportFolder(store, config.folders.nextDay));
    const nightLoaded = nightly.result.units.reduce((sum, unit) => sum + unit.markRows, 0);
    if (nightLoaded !== night.marks)
      throw new Error(`the night stored ${nightLoaded} marks, expected ${night.marks}`);
    const afterNight = await overviewTimes(store, 20);
    await store.write((session) => session.run('CHECKPOINT'));
    const fileBytes = (await stat(config.databases.store)).size;
    const peak = await peakRssBytes();

    const rows = [
      [
        'LA',
        `${year.totals.schools} schools, ${year.totals.enrolments.toLocaleString('en-GB')} enrolments, ${marks.toLocaleString('en-GB')} marks`,
        '',
      ],
      [
        '(a) baseline: DuckDB read_csv into a plain table',
        `${baseline.seconds.toFixed(1)} s`,
        `${rate(marks, baseline.seconds)} marks/s`,
      ],
      [
        '(b) product load, all schools (validation incl.)',
        `${full.seconds.toFixed(1)} s`,
        `${rate(marks, full.seconds)} marks/s = ${(baseline.seconds / full.seconds).toFixed(2)}x baseline (target >= 0.5x)`,
      ],
      [
        '(c) nightly load, one new day, every school',
        `${nightly.seconds.toFixed(1)} s`,
        `${night.marks.toLocaleString('en-GB')} marks, ${year.totals.schools} exports (target < 60 s)`,
      ],
      ['(d) peak RSS of this process', gb(peak), 'target < 4 GB'],
      [
        'LA overview after the year load (20 runs)',
        `median ${(afterYear.median * 1000).toFixed(0)} ms`,
        `p95 ${(afterYear.p95 * 1000).toFixed(0)} ms`,
      ],
      [
        'LA overview after the nightly load (20 runs)',
        `median ${(afterNight.median * 1000).toFixed(0)} ms`,
        `p95 ${(afterNight.p95 * 1000).toFixed(0)} ms`,
      ],
      ['DuckDB file after CHECKPOINT', gb(fileBytes), `DuckDB memory_limit ${config.memoryLimit}`],
      ['Schools loading at once', String(store.loadConcurrency), ''],
    ];
    const width = Math.max(...rows.map((row) => row[0].length));
    const valueWidth = Math.max(...rows.map((row) => row[1].length));
    console.log('');
    for (const [what, value, note] of rows)
      console.log(`${what.padEnd(width)}  ${value.padEnd(valueWidth)}  ${note}`);
  } finally {
    await store.close();
  }
}

await main();
