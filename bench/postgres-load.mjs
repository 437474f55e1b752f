import { createHash } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REGISTER_CODE_SETS, addDays, addMark, emptySessionCounts } from '@attendance/domain';
import { allowOthersToTraverse, startBenchPostgres } from './postgres-server.mjs';
import { sameJson } from './query-store.mjs';

// The PostgreSQL baseline's data: the same CSV files the DuckDB store was loaded from, COPYed into plain
// normalised tables (no summaries, no rollups), so the baseline's queries compute every figure from the marks
// the way a straightforward PostgreSQL design would:
//   schools(urn PK, ...), pupils(urn, upn PK, date_of_birth, nc_year, sen_provision, ...),
//   marks(urn, upn, session_date, session, code) with PRIMARY KEY (urn, upn, session_date, session): the natural
//   key, which also serves a school's queries (its marks are one index range), and
//   register_codes(code, in_force_from, in_force_to, category, and the 0/1 count columns the domain's own
//   addMark gives each code in each code set), hash-joined by code with the session date inside the range.
// The whole LA's figures read every mark of the year to date: no index makes that cheaper than a sequential scan,
// and PostgreSQL's planner takes one. Loading 95 million marks takes minutes, so the cluster is kept and reused
// while its marker shows the same exports and this same loading code.

export const BASELINE_DATABASE = 'attendance_baseline';

const EXPORT_FILE = /^(\d+)_\d{8}_(pupils|marks)\.csv$/;

const CREATE_TABLES_SQL = `
DROP TABLE IF EXISTS schools, pupils, marks, register_codes;
CREATE TABLE schools (
  urn text PRIMARY KEY, laestab text NOT NULL, name text NOT NULL, phase text NOT NULL, type text NOT NULL
);
CREATE TABLE pupils (
  urn text NOT NULL, upn text NOT NULL, date_of_birth date NOT NULL, sex text, nc_year text, ethnicity text,
  sen_provision text, fsm_eligible boolean, eal boolean, cla boolean, cin boolean, cpp boolean,
  enrolment_status text NOT NULL, admission_date date NOT NULL, leaving_date date,
  PRIMARY KEY (urn, upn)
);
CREATE TABLE marks (urn text NOT NULL, upn text NOT NULL, session_date date NOT NULL, session text NOT NULL, code text NOT NULL);
CREATE TABLE register_codes (
  code text NOT NULL, category text NOT NULL, in_force_from date NOT NULL, in_force_to date NOT NULL,
  possible smallint NOT NULL, present smallint NOT NULL, approved_educational_activity smallint NOT NULL,
  authorised smallint NOT NULL, unauthorised smallint NOT NULL
);
CREATE TEMPORARY TABLE pupils_file (
  upn text, forename text, surname text, date_of_birth date, sex text, nc_year text, ethnicity text,
  sen_provision text, fsm_eligible boolean, eal boolean, cla boolean, cin boolean, cpp boolean,
  enrolment_status text, admission_date date, leaving_date date
);
`;

const quoted = (text) => `'${text.replaceAll("'", "''")}'`;

/** Every code of every code set with its dates in force and what the domain counts a mark of it as. */
function registerCodeRows() {
  const sets = [...REGISTER_CODE_SETS].sort((a, b) =>
    (a.inForceFrom ?? '').localeCompare(b.inForceFrom ?? ''),
  );
  return sets.flatMap((set, index) => {
    const until = sets[index + 1]?.inForceFrom ?? null;
    const dayInForce = set.inForceFrom ?? addDays(until ?? '2000-01-02', -1);
    return set.codes.map((definition) => {
      const counts = addMark(emptySessionCounts(), definition.code, dayInForce);
      return [
        definition.code,
        definition.category,
        set.inForceFrom ?? '-infinity',
        until ?? 'infinity',
        counts.possible,
        counts.present,
        counts.approvedEducationalActivity,
        counts.authorised,
        counts.unauthorised,
      ];
    });
  });
}

async function loaderFingerprint() {
  return createHash('sha256')
    .update(await readFile(fileURLToPath(import.meta.url)))
    .digest('hex');
}

async function readJson(path) {
  try {
    return JSON.parse(await readFile(path, 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * PostgreSQL running on `clusterDir` with the exports of `folder` loaded (loading them unless its marker matches);
 * returns the server handle (`connect`, `ensureDatabase`, `stop`).
 */
export async function ensurePostgresBaseline({ folder, manifest, clusterDir }, log) {
  if (manifest.earlierExports?.length) {
    throw new Error('the PostgreSQL baseline loads one export per school; generate without amendedExports');
  }
  const markerPath = `${clusterDir}.source.json`;
  const source = {
    options: manifest.options,
    marks: manifest.totals.marks,
    loader: await loaderFingerprint(),
  };
  const reuse = sameJson(await readJson(markerPath), source);
  if (!reuse) {
    await rm(markerPath, { force: true });
    await rm(clusterDir, { recursive: true, force: true });
  }
  const server = await startBenchPostgres(clusterDir, log);
  try {
    await server.ensureDatabase(BASELINE_DATABASE);
    if (reuse) {
      log(`reusing the PostgreSQL baseline in ${clusterDir}`);
    } else {
      if (process.getuid?.() === 0) await allowOthersToTraverse(folder);
      await loadExports(server, folder, manifest, log);
      await writeFile(markerPath, `${JSON.stringify(source)}\n`);
    }
    return server;
  } catch (error) {
    await server.stop();
    throw error;
  }
}

async function loadExports(server, folder, manifest, log) {
  const files = manifest.files.filter((file) => EXPORT_FILE.test(file));
  log(
    `PostgreSQL: COPYing ${manifest.totals.marks.toLocaleString('en-GB')} marks from ${files.length} files`,
  );
  const started = Date.now();
  const client = await server.connect(BASELINE_DATABASE);
  try {
    // One transaction that creates the tables: COPY FREEZE writes rows already frozen and all-visible (no
    // VACUUM pass over 95 million rows afterwards), and with wal_level minimal nothing goes to the WAL.
    await client.query('BEGIN');
    await client.query(CREATE_TABLES_SQL);
    for (const row of registerCodeRows()) {
      await client.query('INSERT INTO register_codes VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)', row);
    }
    await client.query(
      `COPY schools FROM ${quoted(join(folder, 'schools.csv'))} WITH (FORMAT csv, HEADER true, FREEZE true)`,
    );
    for (const [index, file] of files.entries()) {
      const [, urn, kind] = EXPORT_FILE.exec(file);
      const path = quoted(join(folder, file));
      if (kind === 'pupils') {
        await client.query(`COPY pupils_file FROM ${path} WITH (FORMAT csv, HEADER true)`);
        await client.query(
          `INSERT INTO pupils SELECT $1, upn, date_of_birth, sex, nc_year, ethnicity, sen_provision, fsm_eligible,
             eal, cla, cin, cpp, enrolment_status, admission_date, leaving_date FROM pupils_file`,
          [urn],
        );
        await client.query('TRUNCATE pupils_file');
      } else {
        // A marks file has no URN column: the column's default supplies the file's URN to each row.
        await client.query(`ALTER TABLE marks ALTER COLUMN urn SET DEFAULT ${quoted(urn)}`);
        await client.query(
          `COPY marks (upn, session_date, session, code) FROM ${path} WITH (FORMAT csv, HEADER true, FREEZE true)`,
        );
      }
      if ((index + 1) % Math.max(1, Math.round(files.length / 10)) === 0) {
        log(
          `PostgreSQL: ${index + 1}/${files.length} files in ${((Date.now() - started) / 1000).toFixed(0)} s`,
        );
      }
    }
    await client.query('ALTER TABLE marks ALTER COLUMN urn DROP DEFAULT');
    log('PostgreSQL: building the marks primary key');
    await client.query('ALTER TABLE marks ADD PRIMARY KEY (urn, upn, session_date, session)');
    await client.query('COMMIT');
    await client.query('VACUUM ANALYZE schools, pupils, marks, register_codes');
    const { rows } = await client.query('SELECT count(*)::int AS marks FROM marks');
    if (rows[0].marks !== manifest.totals.marks) {
      throw new Error(`PostgreSQL holds ${rows[0].marks} marks, expected ${manifest.totals.marks}`);
    }
    log(`PostgreSQL: loaded in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
