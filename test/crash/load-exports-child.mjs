// Test-only child process for crash-mid-unit.e2e.spec.ts. It loads school exports into a DuckDB store with the
// compiled library (libs/analytics/dist, as the API and CLI run it) and, when asked, kills itself with SIGKILL
// at a chosen statement inside the last units' transaction: a real process death, with no chance to roll back,
// close the file or run any `finally`. The product has no fault-injection hooks; this script wraps the DuckDB
// connection class the library itself uses (one module instance, resolved from the workspace root).
//
// Usage: node load-exports-child.mjs '<JSON>' with
//   { "store": path, "schoolsFile": path | null, "units": SchoolExportUnit[], "crashAt": crash point | null,
//     "lastBatch": number of final units handed over at once (default 1) }
// Exits 0 when everything loaded, 3 when a crash was asked for but its statement never ran.
import { DuckDBConnection, DuckDBPreparedStatement } from '@duckdb/node-api';
import { AnalyticsStore, loadSchoolExport, loadSchoolsFile } from '@attendance/analytics';

/** Where to die, by the statement the library runs: `after` it has run, or `before` it runs. */
const CRASH_POINTS = {
  // The school's pupils are replaced; its marks are untouched.
  'enrolments-replaced': { after: /^\s*INSERT INTO enrolments\b/ },
  // The school's marks for the export's dates are deleted; the new ones are not in yet.
  'marks-deleted': { after: /^\s*DELETE FROM marks\b/ },
  // The new marks are in; the weekly summaries and rollups still describe the old ones.
  'marks-inserted': { after: /^\s*INSERT INTO marks\b/ },
  // The LA-wide pupil ids for new UPNs are committed (a short transaction before the school's own); nothing of
  // the school's transaction has run.
  'ids-registered': { after: /^\s*COMMIT\b/ },
  // Every statement of the school's transaction has run (the last records the export); only its COMMIT is
  // missing.
  'before-commit': { before: /^\s*COMMIT\b/, onceSeen: /^\s*INSERT OR REPLACE INTO loaded_exports\b/ },
};

const request = JSON.parse(process.argv[2] ?? '{}');
const crashPoint = request.crashAt ? CRASH_POINTS[request.crashAt] : null;
if (request.crashAt && !crashPoint) throw new Error(`Unknown crash point ${request.crashAt}`);

let armed = false;
let seen = false;
const die = () => process.kill(process.pid, 'SIGKILL');
const beforeStatement = (sql) => {
  if (armed && crashPoint.onceSeen?.test(sql)) seen = true;
  if (armed && crashPoint.before?.test(sql) && (!crashPoint.onceSeen || seen)) die();
};
const afterStatement = (sql) => {
  if (armed && crashPoint.after?.test(sql)) die();
};

// The library runs most statements prepared (once per connection), the rest straight on the connection.
const sqlOfPrepared = new WeakMap();
const prepare = DuckDBConnection.prototype.prepare;
DuckDBConnection.prototype.prepare = async function (sql, ...rest) {
  const statement = await prepare.call(this, sql, ...rest);
  sqlOfPrepared.set(statement, sql);
  return statement;
};
for (const method of ['run', 'runAndReadAll']) {
  for (const prototype of [DuckDBConnection.prototype, DuckDBPreparedStatement.prototype]) {
    const original = prototype[method];
    prototype[method] = async function (...args) {
      const sql = prototype === DuckDBConnection.prototype ? args[0] : sqlOfPrepared.get(this);
      beforeStatement(sql);
      const result = await original.apply(this, args);
      afterStatement(sql);
      return result;
    };
  }
}

// One loader connection takes every export handed over at once into its batch (with several, each would take one).
const store = await AnalyticsStore.open({ path: request.store, loadConcurrency: 1 });
if (request.schoolsFile) await loadSchoolsFile(store, request.schoolsFile);
// The last `lastBatch` units (default 1) are handed over at once, so the loader may commit them in one
// transaction; the crash point is armed for them.
const lastBatch = request.lastBatch ?? 1;
for (const unit of request.units.slice(0, -lastBatch)) await loadSchoolExport(store, unit);
armed = crashPoint !== null;
await Promise.all(request.units.slice(-lastBatch).map((unit) => loadSchoolExport(store, unit)));
await store.close();
if (crashPoint) {
  console.error(`The crash point ${request.crashAt} was never reached: no statement matched it`);
  process.exitCode = 3;
}
