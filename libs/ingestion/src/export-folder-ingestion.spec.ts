import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AnalyticsStore, queryLaOverview } from '@attendance/analytics';
import { buildUpn } from '@attendance/domain';
import { writeSyntheticLaExports } from '@attendance/synthetic-la';
import { ImportHistoryRepository, OperationalDatabase } from '@attendance/persistence';
import { ingestExportFolder, type IngestionSummary } from './export-folder-ingestion.js';

const PUPILS_HEADER =
  'upn,forename,surname,date_of_birth,sex,nc_year,ethnicity,sen_provision,fsm_eligible,eal,cla,cin,cpp,enrolment_status,admission_date,leaving_date';
const UPN = buildUpn('999', '2001', '15', '001');
const SCHOOLS =
  'urn,laestab,name,phase,type\n900001,9992001,Alder Primary School,Primary,Community school\n900002,9992002,Birch Primary School,Primary,Academy converter\n';

/** One pupil aged 11 in 2026/27, two sessions on 19 November 2026; `pmMark` is the afternoon's mark. */
async function writeExport(folder: string, urn: string, stamp: string, pmMark: string): Promise<void> {
  await writeFile(
    join(folder, `${urn}_${stamp}_pupils.csv`),
    `${PUPILS_HEADER}\n${UPN},Ada,Synthetic,2015-03-01,F,6,WBRI,N,N,N,N,N,N,C,2020-09-02,\n`,
  );
  await writeFile(
    join(folder, `${urn}_${stamp}_marks.csv`),
    `upn,date,session,mark\n${UPN},2026-11-19,AM,/\n${UPN},2026-11-19,PM,${pmMark}\n`,
  );
}

describe(ingestExportFolder.name, () => {
  let workDir: string;
  let database: OperationalDatabase;
  let analytics: AnalyticsStore;
  let history: ImportHistoryRepository;
  let folder: string;
  let folderNumber = 0;

  beforeAll(async () => {
    workDir = await mkdtemp();
    database = await OperationalDatabase.open({ dataDir: join(workDir, 'data') });
    history = new ImportHistoryRepository(database.dataSource);
  }, 60_000);

  beforeEach(async () => {
    // Each test starts with empty stores on both sides, as a new installation would.
    await database.dataSource.query('TRUNCATE import_unit, import_run');
    await analytics?.close();
    analytics = await AnalyticsStore.open({ path: ':memory:' });
    folder = join(workDir, `drop-${++folderNumber}`);
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, 'schools.csv'), SCHOOLS);
  });

  afterAll(async () => {
    await analytics?.close();
    await database?.close();
    await rm(workDir, { recursive: true, force: true });
  });

  const ingest = (options = {}) => ingestExportFolder({ analytics, history }, folder, 'cli', options);
  const unauthorisedSessions = async () =>
    (await queryLaOverview(analytics, {})).headline.unauthorisedSessions;

  it('loads each school export as a unit; a bad one fails alone, is quarantined with a reason file', async () => {
    await writeExport(folder, '900001', '20261120', 'N');
    await writeExport(folder, '900002', '20261120', 'QQ');
    const seen: string[] = [];
    const summary = await ingest({
      onUnit: (outcome: { urn: string; status: string }, position: { done: number; total: number }) =>
        seen.push(`${position.done}/${position.total} ${outcome.urn} ${outcome.status}`),
    });

    // Schools load side by side, so either may finish first; the count still runs 1, 2.
    expect(seen.map((line) => line.slice(0, 4))).toEqual(['1/2 ', '2/2 ']);
    expect(seen.map((line) => line.slice(4)).sort()).toEqual(['900001 loaded', '900002 failed']);
    expect(summary).toMatchObject({
      status: 'partially-failed',
      unitsLoaded: 1,
      unitsFailed: 1,
      marksLoaded: 2,
    });
    const failed = summary.units.find((unit) => unit.urn === '900002');
    expect(failed?.error).toMatch(/900002_20261120_marks\.csv, line 3, column "mark".*QQ/s);
    expect(failed?.errors[0]).toMatchObject({
      file: '900002_20261120_marks.csv',
      line: 3,
      column: 'mark',
      value: 'QQ',
    });

    // The rejected files left the drop folder, with the reason beside them; the good school's stayed.
    expect((await readdir(folder)).filter((name) => name.startsWith('900002'))).toEqual([]);
    const quarantine = join(folder, 'quarantine');
    expect((await readdir(quarantine)).sort()).toEqual([
      '900002_20261120.reason.txt',
      '900002_20261120_marks.csv',
      '900002_20261120_pupils.csv',
    ]);
    const reason = await readFile(join(quarantine, '900002_20261120.reason.txt'), 'utf8');
    expect(reason).toMatch(/line 3, column "mark": .*QQ/);
    expect(reason).toContain("the school's earlier data is unchanged");

    const units = await history.unitsOfRun(summary.runId);
    expect(units.map((unit) => [unit.urn, unit.status, unit.markRows, unit.quarantinedTo])).toEqual([
      ['900001', 'loaded', 2, null],
      ['900002', 'failed', 0, quarantine],
    ]);
    expect(units[1]?.errors[0]).toMatchObject({ line: 3, column: 'mark', value: 'QQ' });
    expect(units[0]?.checksum).toMatch(/^[0-9a-f]{64}$/);
  });

  it('skips files already loaded, so running the same folder again changes nothing', async () => {
    await writeExport(folder, '900001', '20261120', 'N');
    const first = await ingest();
    const before = await queryLaOverview(analytics, {});
    const again = await ingest();

    expect(first).toMatchObject({ status: 'succeeded', unitsLoaded: 1, unitsSkipped: 0 });
    expect(again).toMatchObject({ status: 'succeeded', unitsLoaded: 0, unitsSkipped: 1, marksLoaded: 0 });
    expect(await queryLaOverview(analytics, {})).toEqual(before);
  });

  it('applies a corrected later export (N amended to I), and refuses an older export that would undo it', async () => {
    await writeExport(folder, '900001', '20261120', 'N');
    await ingest();
    expect(await unauthorisedSessions()).toBe(1);

    await writeExport(folder, '900001', '20261121', 'I');
    const corrected = await ingest();
    expect(corrected).toMatchObject({ unitsLoaded: 1, unitsSkipped: 1 });
    expect(await unauthorisedSessions()).toBe(0);

    // The 20th's export sent again with different bytes: older than the loaded 21st, so it is not applied.
    await writeExport(folder, '900001', '20261120', 'O');
    const stale: IngestionSummary = await ingest();
    const staleUnit = stale.units.find((unit) => unit.exportDate === '2026-11-20');
    expect(staleUnit?.status).toBe('skipped');
    expect(staleUnit?.warnings[0]?.message).toMatch(/an export of 2026-11-21 is already loaded/);
    expect(await unauthorisedSessions()).toBe(0);
  });

  it('ingests a folder holding every format, recording each unit with its format; a second run skips them all', async () => {
    const mixed = join(workDir, 'mixed');
    const manifest = await writeSyntheticLaExports(
      {
        seed: 3,
        schools: 4,
        pupils: 320,
        academicYear: 2026,
        asOf: '2026-11-13',
        amendedExports: true,
        formats: { exports: 'mixed', schools: 'gias' },
      },
      mixed,
    );
    // The LA also has a nursery school in GIAS: no export phase, so it is not loaded, which the run records.
    const gias = (await readdir(mixed)).find((name) => name.startsWith('edubasealldata')) as string;
    const giasRows = (await readFile(join(mixed, gias), 'utf8')).trimEnd().split('\n');
    const laCode = giasRows[1]?.split(',')[1] as string;
    const nursery = ['900099', laCode, 'Synthetic', '1099', 'Willow Nursery School'];
    nursery.push('Local authority nursery school', 'Open', 'Nursery');
    await writeFile(join(mixed, gias), [...giasRows, nursery.join(',')].join('\n') + '\n');

    const first = await ingestExportFolder({ analytics, history }, mixed, 'cli', { workDir });
    expect(first).toMatchObject({ status: 'succeeded', unitsFailed: 0, unitsSkipped: 0 });
    expect(first.warnings.map((warning) => warning.message)).toEqual([
      expect.stringMatching(/Willow Nursery School \(URN 900099\) is not loaded as a school/),
    ]);
    expect((await history.findRun(first.runId))?.warnings).toEqual(first.warnings);
    expect(first.marksLoaded).toBe(
      manifest.totals.marks + manifest.earlierExports.reduce((sum, earlier) => sum + earlier.marks, 0),
    );
    const units = await history.unitsOfRun(first.runId);
    expect(new Set(units.map((unit) => unit.format))).toEqual(new Set(['csv-pair', 'marks-string', 'ctf']));
    const files = (format: string) =>
      units.filter((unit) => unit.format === format).map((unit) => [unit.pupilsFile, unit.marksFile]);
    expect(files('marks-string')[0]?.[1]).toMatch(/^\d{6}_\d{8}_marks-string\.csv$/);
    // A CTF is both files; one school's CTFs are named as schools' systems name them.
    expect(files('ctf').map(([pupils, marks]) => pupils === marks)).not.toContain(false);
    expect(files('ctf').some(([ctf]) => /^\d{7}_CTF_999LLLL_\d{3}\.xml$/.test(ctf ?? ''))).toBe(true);
    // The summary and the history record the same units (schools load side by side, so compare sorted).
    const formatsOf = (list: readonly { urn: string; exportDate: string; format: string }[]) =>
      list.map((unit) => `${unit.urn} ${unit.exportDate} ${unit.format}`).sort();
    expect(formatsOf(first.units)).toEqual(formatsOf(units));

    const before = await queryLaOverview(analytics, {});
    const again = await ingestExportFolder({ analytics, history }, mixed, 'cli', { workDir });
    expect(again).toMatchObject({
      status: 'succeeded',
      unitsLoaded: 0,
      unitsSkipped: units.length,
      marksLoaded: 0,
    });
    expect(await queryLaOverview(analytics, {})).toEqual(before);
    // Nothing converted is left in the work folder.
    expect((await readdir(workDir)).filter((name) => name.startsWith('attendance-'))).toEqual([]);
  }, 60_000);

  it("keeps the loader's warnings with the loaded unit", async () => {
    // Monday 26 October 2026 is in the LA calendar's half term: the school's register wins, with a warning.
    await writeFile(
      join(folder, '900001_20261120_pupils.csv'),
      `${PUPILS_HEADER}\n${UPN},Ada,Synthetic,2015-03-01,F,6,WBRI,N,N,N,N,N,N,C,2020-09-02,\n`,
    );
    await writeFile(
      join(folder, '900001_20261120_marks.csv'),
      `upn,date,session,mark\n${UPN},2026-10-26,AM,/\n${UPN},2026-10-26,PM,/\n`,
    );
    const summary = await ingest();
    const warning = { file: '900001_20261120_marks.csv', line: 2, column: 'date', value: '2026-10-26' };
    expect(summary.units[0]).toMatchObject({
      status: 'loaded',
      warnings: [expect.objectContaining(warning)],
    });
    const [unit] = await history.unitsOfRun(summary.runId);
    expect(unit?.warnings).toEqual([expect.objectContaining(warning)]);
  });

  it('quarantines a rejected CTF under its unit name, with the problem at its element', async () => {
    await writeFile(
      join(folder, '9992001_CTF_999LLLL_001.xml'),
      `<?xml version="1.0"?>\n<CTfile>\n<Header><DateTime>2026-11-20T18:00:00</DateTime>\n<SourceSchool><LEA>999</LEA><Estab>2001</Estab></SourceSchool></Header>\n<CTFpupilData>\n<Pupil><UPN>${UPN}</UPN><Surname>S</Surname><Forename>A</Forename><DOB>2015-03-01</DOB><Sex>F</Sex>\n<BasicDetails><NCyearActual>6</NCyearActual></BasicDetails>\n<SchoolHistory><School><LEA>999</LEA><Estab>2001</Estab><EntryDate>2020-09-02</EntryDate></School></SchoolHistory>\n<Attendance><YearData><Year>2026</Year><LEA>999</LEA><Estab>2001</Estab>\n<SessionsPossible>2</SessionsPossible><SessionsAuthorised>0</SessionsAuthorised>\n<SessionsAttended>2</SessionsAttended><SessionsUnauthorised>0</SessionsUnauthorised>\n<AttendanceStartDate>2026-11-19</AttendanceStartDate><AttendanceMarks>/N</AttendanceMarks></YearData></Attendance></Pupil>\n</CTFpupilData>\n</CTfile>\n`,
    );
    const summary = await ingest();
    expect(summary.units).toEqual([
      expect.objectContaining({ urn: '900001', exportDate: '2026-11-20', format: 'ctf', status: 'failed' }),
    ]);
    expect(summary.units[0]?.errors).toEqual([
      expect.objectContaining({
        file: '9992001_CTF_999LLLL_001.xml',
        line: 11,
        column: 'SessionsAttended',
        value: '2',
      }),
      expect.objectContaining({
        file: '9992001_CTF_999LLLL_001.xml',
        line: 11,
        column: 'SessionsUnauthorised',
        value: '0',
      }),
    ]);
    expect((await readdir(join(folder, 'quarantine'))).sort()).toEqual([
      '900001_20261120.reason.txt',
      '9992001_CTF_999LLLL_001.xml',
    ]);
  });

  it('records a folder without schools.csv as a failed run', async () => {
    const empty = join(workDir, 'empty');
    await mkdir(empty);
    const summary = await ingestExportFolder({ analytics, history }, empty, 'cli');
    expect(summary).toMatchObject({ status: 'failed', unitsLoaded: 0, units: [] });
    expect(summary.error).toMatch(/has no schools\.csv/);
    expect(existsSync(join(empty, 'quarantine'))).toBe(false);
  });
});

async function mkdtemp(): Promise<string> {
  const { mkdtemp: makeTemporaryFolder } = await import('node:fs/promises');
  return makeTemporaryFolder(join(tmpdir(), 'attendance-ingestion-'));
}
