import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SchoolExportUnit } from '@attendance/analytics';
import {
  exportFileName,
  SCHOOLS_FILE,
  writeSyntheticLaExports,
  type SyntheticLaManifest,
} from '@attendance/synthetic-la';
import { storeDifferences } from './store-differences.js';

const CHILD_SCRIPT = fileURLToPath(new URL('./load-exports-child.mjs', import.meta.url));
const ANALYTICS_BUILD = fileURLToPath(new URL('../../libs/analytics/dist/index.js', import.meta.url));
/** Statements of the unit's transaction the child dies at (see load-exports-child.mjs). */
const CRASH_POINTS = [
  'ids-registered',
  'enrolments-replaced',
  'marks-deleted',
  'marks-inserted',
  'before-commit',
] as const;

// pupils is the LA-wide UPN dictionary: a load commits ids for UPNs the store has never seen just before the
// school's own transaction, so a crash after that leaves ids no enrolment uses, which count in no figure.
// Compared with the store as it was, only the pupils some enrolment refers to must be the same.
const PUPILS_IN_USE = { rowsWhere: { pupils: 'pupil_id IN (SELECT pupil_id FROM {db}.enrolments)' } };
// Tables the crashing unit changes (and pupils, when it brings new ones): the two reference stores must differ
// in each, or a crash that left some of them half written could pass unnoticed.
const TABLES_THE_UNIT_CHANGES = ['enrolments', 'marks', 'enrolment_weeks', 'school_weeks', 'loaded_exports'];

interface LoadRequest {
  store: string;
  schoolsFile: string | null;
  units: SchoolExportUnit[];
  crashAt: (typeof CRASH_POINTS)[number] | null;
  /** How many of the last units are handed over at once (the loader may commit them together). */
  lastBatch?: number;
}

/**
 * The crashing load: one school's export alone, or that export handed over with every other school's latest
 * export at once, which the loader commits in one transaction (export-batch.ts): all of them or none.
 */
const SCENARIOS = [
  { name: 'one export', withOtherSchools: false },
  { name: 'a batch of exports committed together', withOtherSchools: true },
] as const;

interface ChildExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  output: string;
}

/** Loads exports in a child process (the compiled library), which may kill itself mid-unit. */
function runLoadChild(request: LoadRequest): Promise<ChildExit> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD_SCRIPT, JSON.stringify(request)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code, signal) => resolve({ code, signal, output }));
  });
}

/** Every school export the generator wrote, in loading order: export date, then URN. */
function unitsOf(manifest: SyntheticLaManifest, folder: string): SchoolExportUnit[] {
  const latestDate = manifest.options.exportDate;
  if (!latestDate) throw new Error('The manifest names no export date');
  const exports = [
    ...manifest.earlierExports.map(({ urn, exportDate }) => ({ urn, exportDate })),
    ...manifest.perSchool.map(({ urn }) => ({ urn, exportDate: latestDate })),
  ];
  return exports
    .sort((a, b) => `${a.exportDate} ${a.urn}`.localeCompare(`${b.exportDate} ${b.urn}`))
    .map(({ urn, exportDate }) => ({
      urn,
      exportDate,
      pupilsPath: join(folder, exportFileName(urn, exportDate, 'pupils')),
      marksPath: join(folder, exportFileName(urn, exportDate, 'marks')),
    }));
}

/** How many different loaded_at times the exports' loaded_exports rows have in the store file. */
async function loadedAtCount(storePath: string, units: readonly SchoolExportUnit[]): Promise<number> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    await connection.run(`ATTACH '${storePath.replaceAll("'", "''")}' AS store (READ_ONLY)`);
    const keys = units.map(({ urn, exportDate }) => `('${urn}', DATE '${exportDate}')`).join(', ');
    const reader = await connection.runAndReadAll(
      `SELECT count(DISTINCT loaded_at) AS times FROM store.loaded_exports WHERE (urn, export_date) IN (${keys})`,
    );
    return Number(reader.getRowObjects()[0]?.['times']);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

async function loadCompletely(request: Omit<LoadRequest, 'crashAt'>): Promise<void> {
  const exit = await runLoadChild({ ...request, crashAt: null });
  expect(exit, exit.output).toMatchObject({ code: 0, signal: null });
}

// The issue's requirement: "a crash in the middle of a unit leaves the store consistent; rerunning completes
// the load". The crashing unit is a school's later, corrected and extended export, loaded after that school's
// earlier export and the other schools' exports by the same process, so their commits are still in DuckDB's
// write-ahead log when it dies and reopening must replay them. Its school is large enough (over 122,880 marks,
// one DuckDB row group) that DuckDB writes the unit's new marks into the database file before the commit.
describe.each(SCENARIOS)('a load killed (SIGKILL) in the middle of $name', ({ withOtherSchools }) => {
  let workDir: string;
  let schoolsFile: string;
  let earlierUnits: SchoolExportUnit[];
  let crashingUnits: SchoolExportUnit[];
  /** Every export but the crashing ones, loaded without a crash. */
  let storeBefore: string;
  /** Every export, the crashing ones last, loaded without a crash. */
  let storeAfter: string;

  beforeAll(async () => {
    if (!existsSync(ANALYTICS_BUILD)) throw new Error(`${ANALYTICS_BUILD} is missing: build analytics first`);
    workDir = await mkdtemp(join(tmpdir(), 'attendance-crash-'));
    const exportsDir = join(workDir, 'exports');
    const manifest = await writeSyntheticLaExports(
      { seed: 11, schools: 3, pupils: 3000, academicYear: 2026, asOf: '2026-11-13', amendedExports: true },
      exportsDir,
    );
    schoolsFile = join(exportsDir, SCHOOLS_FILE);
    const units = unitsOf(manifest, exportsDir);
    const amendedUrn = manifest.earlierExports[0]?.urn;
    const latestOfAmended = units.filter((unit) => unit.urn === amendedUrn).at(-1);
    if (!latestOfAmended) throw new Error('The synthetic LA has no school with an earlier export');
    const latestOfOthers = units.filter(
      (unit) => unit.urn !== amendedUrn && unit.exportDate === manifest.options.exportDate,
    );
    crashingUnits = withOtherSchools ? [latestOfAmended, ...latestOfOthers] : [latestOfAmended];
    earlierUnits = units.filter((unit) => !crashingUnits.includes(unit));

    storeBefore = join(workDir, 'before.duckdb');
    storeAfter = join(workDir, 'after.duckdb');
    const lastBatch = crashingUnits.length;
    await loadCompletely({ store: storeBefore, schoolsFile, units: earlierUnits });
    await loadCompletely({
      store: storeAfter,
      schoolsFile,
      units: [...earlierUnits, ...crashingUnits],
      lastBatch,
    });
  });

  afterAll(async () => {
    if (workDir) await rm(workDir, { recursive: true, force: true });
  });

  it('uses a crashing export that changes every table a load writes', async () => {
    const differences = await storeDifferences(storeAfter, storeBefore);
    const tablesThatDiffer = new Set(differences.map((line) => line.slice(0, line.indexOf(':'))));
    expect([...tablesThatDiffer].sort()).toEqual(expect.arrayContaining(TABLES_THE_UNIT_CHANGES));
  });

  it('commits the crashing exports in one transaction', async () => {
    // DuckDB's now() is the transaction's start: exports committed together share their loaded_at.
    expect(await loadedAtCount(storeAfter, crashingUnits)).toBe(1);
    expect(crashingUnits.length).toBe(withOtherSchools ? 3 : 1);
  });

  it.each(CRASH_POINTS)(
    'killed at %s: the store reopens as it was before the load, and loading again completes it',
    async (crashAt) => {
      const store = join(workDir, `crashed-at-${crashAt}.duckdb`);

      const crashed = await runLoadChild({
        store,
        schoolsFile,
        units: [...earlierUnits, ...crashingUnits],
        crashAt,
        lastBatch: crashingUnits.length,
      });
      expect(crashed, crashed.output).toMatchObject({ code: null, signal: 'SIGKILL' });
      expect(await storeDifferences(store, storeBefore, PUPILS_IN_USE)).toEqual([]);

      await loadCompletely({
        store,
        schoolsFile: null,
        units: crashingUnits,
        lastBatch: crashingUnits.length,
      });
      expect(await storeDifferences(store, storeAfter)).toEqual([]);
    },
  );
});
