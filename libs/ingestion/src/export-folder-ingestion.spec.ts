import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnalyticsStore } from '@attendance/analytics';
import { ImportHistoryRepository, OperationalDatabase } from '@attendance/persistence';
import { ingestExportFolder } from './export-folder-ingestion.js';

const PUPILS_HEADER =
  'upn,forename,surname,date_of_birth,sex,nc_year,ethnicity,sen_provision,fsm_eligible,eal,cla,cin,cpp,enrolment_status,admission_date,leaving_date';
// A valid UPN (check letter computed for LA 999, establishment 2001, year 15, serial 001).
const pupilRow = (upn: string) => `${upn},Ada,Synthetic,2015-03-01,F,6,WBRI,N,N,N,N,N,N,C,2020-09-02,`;

describe(ingestExportFolder.name, () => {
  let workDir: string;
  let database: OperationalDatabase;
  let analytics: AnalyticsStore;
  let history: ImportHistoryRepository;

  beforeAll(async () => {
    workDir = await mkdtemp(join(tmpdir(), 'attendance-ingestion-'));
    database = await OperationalDatabase.open({ dataDir: join(workDir, 'data') });
    analytics = await AnalyticsStore.open({ path: ':memory:' });
    history = new ImportHistoryRepository(database.dataSource);
  }, 60_000);

  afterAll(async () => {
    await analytics?.close();
    await database?.close();
    await rm(workDir, { recursive: true, force: true });
  });

  async function writeExportFolder(name: string, secondSchoolMark: string): Promise<string> {
    const folder = join(workDir, name);
    const { mkdir } = await import('node:fs/promises');
    await mkdir(folder, { recursive: true });
    await writeFile(
      join(folder, 'schools.csv'),
      'urn,laestab,name,phase,type\n900001,9992001,Alder Primary School,Primary,Community school\n900002,9992002,Birch Primary School,Primary,Academy converter\n',
    );
    const upn = await validUpn();
    for (const [urn, mark] of [
      ['900001', 'I'],
      ['900002', secondSchoolMark],
    ] as const) {
      await writeFile(join(folder, `${urn}_20261120_pupils.csv`), `${PUPILS_HEADER}\n${pupilRow(upn)}\n`);
      await writeFile(
        join(folder, `${urn}_20261120_marks.csv`),
        `upn,date,session,mark\n${upn},2026-11-19,AM,/\n${upn},2026-11-19,PM,${mark}\n`,
      );
    }
    return folder;
  }

  it('records each school export as a unit; a bad one fails alone, with its file, line and value', async () => {
    const folder = await writeExportFolder('mixed', 'QQ');
    const seen: string[] = [];
    const summary = await ingestExportFolder({ analytics, history }, folder, 'cli', (outcome, position) =>
      seen.push(`${position.done}/${position.total} ${outcome.urn} ${outcome.status}`),
    );

    expect(seen).toEqual(['1/2 900001 loaded', '2/2 900002 failed']);
    expect(summary).toMatchObject({
      status: 'partially-failed',
      unitsLoaded: 1,
      unitsFailed: 1,
      marksLoaded: 2,
    });
    const failed = summary.units.find((unit) => unit.urn === '900002');
    expect(failed?.error).toMatch(/900002_20261120_marks\.csv.*line 3.*mark.*QQ/s);

    const [run] = await history.recentRuns(1);
    expect(run).toMatchObject({
      id: summary.runId,
      status: 'partially-failed',
      unitsLoaded: 1,
      unitsFailed: 1,
    });
    const units = await history.unitsOfRun(summary.runId);
    expect(units.map((unit) => [unit.urn, unit.status, unit.markRows])).toEqual([
      ['900001', 'loaded', 2],
      ['900002', 'failed', 0],
    ]);
    expect(units[1]?.error).toContain('QQ');
  });

  it('records a folder without schools.csv as a failed run', async () => {
    const { mkdir } = await import('node:fs/promises');
    const empty = join(workDir, 'empty');
    await mkdir(empty);
    const summary = await ingestExportFolder({ analytics, history }, empty, 'cli');
    expect(summary).toMatchObject({ status: 'failed', unitsLoaded: 0, units: [] });
    expect(summary.error).toMatch(/has no schools\.csv/);
  });
});

/** Builds a valid UPN through the domain rule, so the fixture never carries a hand-computed check letter. */
async function validUpn(): Promise<string> {
  const { buildUpn } = await import('@attendance/domain');
  return buildUpn('999', '2001', '15', '001');
}
