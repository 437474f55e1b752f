import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeSyntheticLaExports, type SyntheticLaOptions } from '@attendance/synthetic-la';
import {
  fixtureUpn,
  makeTempFolder,
  pupilsCsv,
  removeFolder,
  writeSchoolsFile,
} from '../__fixtures__/export-files.js';
import { snapshotStore } from '../__fixtures__/store-snapshot.js';
import { ExportValidationError } from '../loader/export-validation-error.js';
import { loadExportFolder } from '../loader/load-export-folder.js';
import { loadSchoolsFile } from '../loader/load-schools-file.js';
import { AnalyticsStore } from '../store/analytics-store.js';
import type { SqlRow } from '../store/sql-values.js';
import { handMadeCtf, lineContaining, type CtfPupilSpec } from './__fixtures__/hand-made-ctf.js';
import { loadSourceUnit } from './load-source-unit.js';
import type { SourceValidationIssue } from './source-issues.js';
import type { SourceUnit } from './source-unit.js';
import { findUrnByLaestabIn } from './urn-by-laestab.js';

describe('every format loads exactly the figures of the CSV pair', () => {
  // A generated LA across the October half term, with amended exports, written in each format.
  const options: SyntheticLaOptions = {
    seed: 7,
    schools: 4,
    pupils: 400,
    academicYear: 2024,
    asOf: '2024-11-08',
    amendedExports: true,
  };
  const stored = new Map<
    string,
    { enrolments: SqlRow[]; marks: SqlRow[]; schools: SqlRow[]; recordedFiles: SqlRow[] }
  >();
  let workDir = '';

  beforeAll(async () => {
    workDir = await makeTempFolder();
    const formats = {
      'csv-pair': undefined,
      'marks-string': { exports: 'marks-string', schools: 'gias' },
      ctf: { exports: 'ctf' },
      'ctf-dfe-name': { exports: 'ctf-dfe-name', schools: 'gias' },
      mixed: { exports: 'mixed', schools: 'gias' },
    } as const;
    for (const [name, format] of Object.entries(formats)) {
      const folder = join(workDir, name);
      await writeSyntheticLaExports(format ? { ...options, formats: format } : options, folder);
      const store = await AnalyticsStore.open({ path: ':memory:' });
      try {
        await loadExportFolder(store, folder, undefined, { workDir });
        stored.set(
          name,
          await store.read(async (session) => ({
            // Pupil ids follow the order schools load in (side by side), so rows are compared by UPN.
            enrolments: await session.all('SELECT * EXCLUDE (pupil_id) FROM enrolments ORDER BY urn, upn'),
            marks: await session.all('SELECT * FROM marks_decoded ORDER BY urn, upn, session_date, session'),
            schools: await session.all('SELECT * FROM schools ORDER BY urn'),
            recordedFiles: await session.all(
              'SELECT DISTINCT pupils_file, marks_file FROM loaded_exports ORDER BY ALL',
            ),
          })),
        );
      } finally {
        await store.close();
      }
    }
  }, 120_000);
  afterAll(async () => {
    await removeFolder(workDir);
  });

  const withoutFlags = (rows: SqlRow[]) => rows.map(({ cin: _cin, cpp: _cpp, ...row }) => row);

  it.each(['marks-string', 'ctf', 'ctf-dfe-name', 'mixed'])('%s', (name) => {
    const csv = stored.get('csv-pair');
    const other = stored.get(name);
    expect(csv?.marks.length).toBeGreaterThan(10_000);
    expect(other?.marks).toEqual(csv?.marks);
    expect(other?.schools).toEqual(csv?.schools);
    // A CTF carries no CIN/CPP: every other pupil column is the same.
    const sameFlags = name === 'marks-string';
    expect(sameFlags ? other?.enrolments : withoutFlags(other?.enrolments ?? [])).toEqual(
      sameFlags ? csv?.enrolments : withoutFlags(csv?.enrolments ?? []),
    );
  });

  it('records the files the school sent, not their conversions', () => {
    const marksFiles = (name: string) =>
      stored.get(name)?.recordedFiles.map((row) => row['marks_file']) ?? [];
    expect(marksFiles('marks-string').length).toBeGreaterThan(0);
    expect(marksFiles('marks-string').every((file) => /_marks-string\.csv$/.test(String(file)))).toBe(true);
    expect(marksFiles('ctf').every((file) => /_ctf\.xml$/.test(String(file)))).toBe(true);
    expect(stored.get('ctf')?.recordedFiles.every((row) => row['pupils_file'] === row['marks_file'])).toBe(
      true,
    );
  });

  it('stores the CIN and CPP of a CTF pupil as unknown (NULL), never as N', () => {
    const flags = (name: string) =>
      new Set(stored.get(name)?.enrolments.map((row) => `${String(row['cin'])}/${String(row['cpp'])}`));
    expect(flags('ctf')).toEqual(new Set(['null/null']));
    expect(flags('ctf-dfe-name')).toEqual(new Set(['null/null']));
    expect(flags('csv-pair')).toContain('false/false');
    expect(flags('csv-pair')).not.toContain('null/null');
  });

  it('leaves no converted file behind', async () => {
    expect((await readdir(workDir)).sort()).toEqual([
      'csv-pair',
      'ctf',
      'ctf-dfe-name',
      'marks-string',
      'mixed',
    ]);
  });
});

describe(loadSourceUnit.name, () => {
  const upns = [fixtureUpn(1), fixtureUpn(2), fixtureUpn(3)];
  const [upn1 = '', upn2 = '', upn3 = ''] = upns;
  // Monday 9 to Friday 13 September 2024: ten sessions.
  const WEEK = '/\\/\\/\\/\\/\\';
  const CTF_NAME = '900001_20240913_ctf.xml';
  const MARKS_STRING_NAME = '900001_20240913_marks-string.csv';
  let folder: string;
  let store: AnalyticsStore;

  beforeEach(async () => {
    folder = await makeTempFolder();
    store = await AnalyticsStore.open({ path: ':memory:' });
    await writeSchoolsFile(folder, [
      { urn: '900001', name: 'Alder Primary School', phase: 'Primary', type: 'Community school' },
      { urn: '900002', name: 'Birch Primary School', phase: 'Primary', type: 'Community school' },
    ]);
    await loadSchoolsFile(store, join(folder, 'schools.csv'));
  });
  afterEach(async () => {
    await store.close();
    await removeFolder(folder);
  });

  const marksStringUnit = async (rows: string[], stamp = '20240913', pupils = upns.slice(0, 2)) => {
    const pupilsPath = join(folder, `900001_${stamp}_pupils.csv`);
    const marksPath = join(folder, `900001_${stamp}_marks-string.csv`);
    await writeFile(pupilsPath, pupilsCsv(pupils.map((upn) => ({ upn, dateOfBirth: '2016-05-10' }))));
    await writeFile(marksPath, ['upn,start_date,marks', ...rows, ''].join('\n'));
    const exportDate = `${stamp.slice(0, 4)}-${stamp.slice(4, 6)}-${stamp.slice(6)}`;
    return { urn: '900001', exportDate, format: 'marks-string', files: [pupilsPath, marksPath] } as const;
  };
  const ctfUnit = async (text: string, name = CTF_NAME): Promise<SourceUnit> => {
    const path = join(folder, name);
    await writeFile(path, text);
    return { urn: '900001', exportDate: '2024-09-13', format: 'ctf', files: [path] };
  };
  const failure = (unit: SourceUnit) =>
    loadSourceUnit(store, unit, folder).then(
      () => {
        throw new Error('expected the load to fail');
      },
      (error: unknown) => {
        expect(error).toBeInstanceOf(ExportValidationError);
        return error as ExportValidationError;
      },
    );
  const weekPupil = (upn: string, overrides: Partial<CtfPupilSpec> = {}): CtfPupilSpec => ({
    upn,
    years: [{ start: '2024-09-09', marks: WEEK, totals: [10, 0, 10, 0] }],
    ...overrides,
  });

  it('loads a marks-string export and names its source files in the result', async () => {
    const result = await loadSourceUnit(
      store,
      await marksStringUnit([`${upn1},2024-09-09,${WEEK}`, `${upn2},2024-09-09,/\\/\\N-/\\/\\`]),
      folder,
    );
    expect(result).toMatchObject({
      pupilsFile: '900001_20240913_pupils.csv',
      marksFile: MARKS_STRING_NAME,
      pupilRows: 2,
      markRows: 19,
      firstDate: '2024-09-09',
      lastDate: '2024-09-13',
    });
  });

  it('reports a bad code in a marks string at its file, line, field and offset', async () => {
    const error = await failure(
      await marksStringUnit([`${upn1},2024-09-09,${WEEK}`, `${upn2},2024-09-09,/\\/\\H\\/\\/\\`]),
    );
    expect(error.issues).toEqual([
      {
        file: MARKS_STRING_NAME,
        line: 3,
        column: 'marks',
        value: 'H',
        problem: 'bad-mark',
        offset: 4,
        sessionIndex: 4,
        message: expect.stringMatching(
          /^At offset 4 \(session 4\): expected a register code valid on 2024-09-11 AM/,
        ),
      },
    ]);
  });

  it("maps the loader's issues on the converted marks back to the marks-string file", async () => {
    const error = await failure(
      await marksStringUnit([
        `${upn1},2024-09-09,${WEEK}`,
        `${upn2},2024-09-09,${WEEK}`,
        // Wednesday again for pupil 1: both sessions are duplicates.
        `${upn1},2024-09-11,/\\`,
        `${upn3},2024-09-09,/\\`,
      ]),
    );
    const issues = error.issues as SourceValidationIssue[];
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          file: MARKS_STRING_NAME,
          line: 4,
          column: 'marks',
          problem: 'duplicate-pupil-session',
          offset: 1,
          sessionIndex: 1,
          // The first mark's converted line, mapped too: line 2 of the source, offset 5.
          message: expect.stringMatching(
            /PM session on 2024-09-11 \(first on line 2, offset 5\), at offset 1 \(session 1\)$/,
          ),
        }),
        expect.objectContaining({
          file: MARKS_STRING_NAME,
          line: 5,
          column: 'upn',
          value: upn3,
          problem: 'pupil-not-in-pupils-file',
        }),
      ]),
    );
    expect(issues.every((issue) => issue.file !== '900001_20240913_marks.csv')).toBe(true);
  });

  it("maps the loader's warnings back to the source too", async () => {
    // 21 to 25 October 2024 is half term in the LA calendar: the school's register is the authority, so only a
    // warning, at the first mark of each date.
    const result = await loadSourceUnit(
      store,
      await marksStringUnit([`${upn1},2024-10-18,/\\/\\`, `${upn2},2024-10-18,/\\/\\`], '20241025'),
      folder,
    );
    expect(result.warnings).toEqual([
      expect.objectContaining({
        file: '900001_20241025_marks-string.csv',
        line: 2,
        column: 'marks',
        problem: 'day-not-in-la-calendar',
        offset: 2,
        sessionIndex: 2,
      }),
    ]);
  });

  it('loads only the YearData of the sending school from a CTF, and names the CTF as both files', async () => {
    const otherSchool = {
      lea: '998',
      estab: '1111',
      start: '2024-09-02',
      marks: 'QQQQ',
      totals: [99, 0, 0, 0],
    } as const;
    const text = handMadeCtf({
      pupils: [weekPupil(upn1), weekPupil(upn2, { years: [otherSchool, weekPupil(upn2).years[0]!] })],
    });
    const result = await loadSourceUnit(store, await ctfUnit(text), folder);
    expect(result).toMatchObject({ pupilsFile: CTF_NAME, marksFile: CTF_NAME, pupilRows: 2, markRows: 20 });
  });

  it('rejects a CTF whose totals disagree with its marks, at the total element', async () => {
    const text = handMadeCtf({
      pupils: [
        weekPupil(upn1),
        weekPupil(upn2, { years: [{ start: '2024-09-09', marks: WEEK, totals: [10, 0, 9, 0] }] }),
      ],
    });
    const error = await failure(await ctfUnit(text));
    expect(error.issues).toEqual([
      {
        file: CTF_NAME,
        line: lineContaining(text, '<SessionsAttended>9<'),
        column: 'SessionsAttended',
        value: '9',
        problem: 'totals-disagree',
        message: `SessionsAttended of pupil ${upn2} for 2024 states 9 sessions, but the AttendanceMarks give 10`,
      },
    ]);
  });

  it("rejects a CTF from another school than the unit's", async () => {
    const text = handMadeCtf({ source: { estab: '2002', urn: '900002' }, pupils: [weekPupil(upn1)] });
    const error = await failure(await ctfUnit(text));
    expect(error).toMatchObject({
      file: CTF_NAME,
      line: lineContaining(text, '<LEA>999'),
      column: 'SourceSchool',
      value: '900002',
      problem: 'wrong-school',
    });
    expect(error.message).toMatch(/sent by LAESTAB 9992002 \(URN 900002\), not school 900001/);
  });

  it("maps the loader's issues on a converted CTF to the element and its line", async () => {
    const text = handMadeCtf({ pupils: [weekPupil(upn1), weekPupil(upn2, { enrolStatus: 'X' })] });
    const error = await failure(await ctfUnit(text));
    expect(error.issues).toEqual([
      expect.objectContaining({
        file: CTF_NAME,
        line: lineContaining(text, '<EnrolStatus>X<'),
        column: 'EnrolStatus',
        value: 'X',
        problem: 'bad-enrolment-status',
      }),
    ]);
  });

  it('reports a CTF reader error with its file, line and element', async () => {
    const text = handMadeCtf({
      pupils: [weekPupil(upn1, { years: [{ start: '2024-09-09', marks: '/\\[C1', totals: [3, 1, 2, 0] }] })],
    });
    const error = await failure(await ctfUnit(text));
    expect(error.issues[0]).toMatchObject({
      file: CTF_NAME,
      line: lineContaining(text, '<AttendanceMarks>'),
      column: 'AttendanceMarks',
      problem: 'unterminated-bracket',
      offset: 2,
    });
  });

  it("leaves the school's earlier data as it was when a later unit fails", async () => {
    const good = handMadeCtf({ pupils: [weekPupil(upn1), weekPupil(upn2)] });
    await loadSourceUnit(store, await ctfUnit(good), folder);
    const before = await snapshotStore(store);
    expect(before.marks).toHaveLength(20);

    const duplicate = await marksStringUnit(
      [`${upn1},2024-09-16,/\\/\\`, `${upn2},2024-09-16,/\\`, `${upn2},2024-09-16,N`],
      '20240917',
    );
    await failure(duplicate);
    const wrongTotals = handMadeCtf({
      dateTime: '2024-09-17T18:00:00',
      pupils: [weekPupil(upn1, { years: [{ start: '2024-09-16', marks: 'NN', totals: [2, 0, 0, 0] }] })],
    });
    await failure(await ctfUnit(wrongTotals, '900001_20240917_ctf.xml'));
    expect(await snapshotStore(store)).toEqual(before);
    // Only the files written by the test remain: every conversion folder was removed.
    expect((await readdir(folder)).filter((name) => name.startsWith('attendance-'))).toEqual([]);
  });

  it('finds a CTF school by LAESTAB among the loaded schools', async () => {
    const find = findUrnByLaestabIn(store);
    expect([await find('9992001'), await find('9992002'), await find('9990000')]).toEqual([
      '900001',
      '900002',
      null,
    ]);
  });
});
