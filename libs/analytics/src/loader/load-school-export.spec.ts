import { join } from 'node:path';
import {
  fixtureUpn,
  makeTempFolder,
  marksCsv,
  marksFor,
  pupilsCsv,
  removeFolder,
  weekdays,
  writeSchoolExport,
  writeSchoolsFile,
  type PupilRow,
} from '../__fixtures__/export-files.js';
import { snapshotStore } from '../__fixtures__/store-snapshot.js';
import { AnalyticsStore } from '../store/analytics-store.js';
import { ExportValidationError } from './export-validation-error.js';
import { loadSchoolExport } from './load-school-export.js';
import { loadSchoolsFile } from './load-schools-file.js';
import type { SchoolExportUnit } from './school-export-unit.js';

const URN = '900001';
const AMY = fixtureUpn(1);
const BEN = fixtureUpn(2);
const CAL = fixtureUpn(3);
/** Ben's UPN with a check letter that does not match its digits. */
const BAD_BEN = `${BEN.startsWith('A') ? 'B' : 'A'}${BEN.slice(1)}`;
const PUPILS: PupilRow[] = [
  { upn: AMY, dateOfBirth: '2016-05-10' },
  { upn: BEN, dateOfBirth: '2017-03-03' },
];
const WEEK_1 = weekdays('2024-09-02', '2024-09-06');
const WEEK_2 = weekdays('2024-09-09', '2024-09-13');

/** The ExportValidationError a load fails with (and fails the test when it succeeds or fails otherwise). */
async function validationErrorOf(load: Promise<unknown>): Promise<ExportValidationError> {
  const outcome = await load.then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(outcome).toBeInstanceOf(ExportValidationError);
  return outcome as ExportValidationError;
}

describe(loadSchoolExport.name, () => {
  let folder: string;
  let store: AnalyticsStore;

  const writeExport = (exportDate: string, pupils: string, marks: string): Promise<SchoolExportUnit> =>
    writeSchoolExport(folder, URN, exportDate, { pupils, marks });
  const marksOnDate = (upn: string, date: string) =>
    store.read((session) =>
      session.all(
        'SELECT session, code FROM marks_decoded WHERE upn = $upn AND session_date = $date::DATE ORDER BY 1',
        {
          upn,
          date,
        },
      ),
    );

  beforeEach(async () => {
    folder = await makeTempFolder();
    store = await AnalyticsStore.open({ path: ':memory:' });
    await loadSchoolsFile(
      store,
      await writeSchoolsFile(folder, [
        { urn: URN, name: 'Alder Primary School', phase: 'Primary', type: 'Academy sponsor led' },
      ]),
    );
    // Amy is N on Monday morning of week 2 until the school finds out why.
    const marks = [
      ...marksFor(AMY, [...WEEK_1, ...WEEK_2], (position) => (position === 10 ? 'N' : undefined)),
      ...marksFor(BEN, [...WEEK_1, ...WEEK_2]),
    ];
    await loadSchoolExport(store, await writeExport('2024-09-13', pupilsCsv(PUPILS), marksCsv(marks)));
  });

  afterEach(async () => {
    await store.close();
    await removeFolder(folder);
  });

  it('replaces the school pupils and the marks of the dates it covers, and records the export', async () => {
    const marks = marksFor(AMY, WEEK_2).concat(marksFor(BEN, WEEK_2));
    const result = await loadSchoolExport(
      store,
      await writeExport('2024-09-14', pupilsCsv(PUPILS), marksCsv(marks)),
    );
    expect(result).toEqual({
      urn: URN,
      exportDate: '2024-09-14',
      pupilsFile: '900001_20240914_pupils.csv',
      marksFile: '900001_20240914_marks.csv',
      firstDate: '2024-09-09',
      lastDate: '2024-09-13',
      pupilRows: 2,
      markRows: 20,
      replacedMarkRows: 20,
      warnings: [],
    });
    const snapshot = await snapshotStore(store);
    expect(snapshot.marks).toHaveLength(40); // week 1 from the first export is untouched
    expect(snapshot.enrolments.map((row) => row['export_date'])).toEqual(['2024-09-14', '2024-09-14']);
    expect(snapshot.loadedExports).toEqual([
      expect.objectContaining({ export_date: '2024-09-13', first_date: '2024-09-02', mark_rows: 40 }),
      expect.objectContaining({ export_date: '2024-09-14', first_date: '2024-09-09', mark_rows: 20 }),
    ]);
  });

  it('changes nothing when the same export is loaded again', async () => {
    const before = await snapshotStore(store);
    const unit = {
      urn: URN,
      exportDate: '2024-09-13',
      pupilsPath: join(folder, '900001_20240913_pupils.csv'),
      marksPath: join(folder, '900001_20240913_marks.csv'),
    };
    const result = await loadSchoolExport(store, unit);
    expect(result.replacedMarkRows).toBe(40);
    expect(await snapshotStore(store)).toEqual(before);
  });

  it("lets a later export's correction win (N amended to I)", async () => {
    expect(await marksOnDate(AMY, '2024-09-09')).toEqual([
      { session: 0, code: 'N' },
      { session: 1, code: '\\' },
    ]);
    const corrected = [
      ...marksFor(AMY, WEEK_2, (position) => (position === 0 ? 'I' : undefined)),
      ...marksFor(BEN, WEEK_2),
    ];
    await loadSchoolExport(store, await writeExport('2024-09-16', pupilsCsv(PUPILS), marksCsv(corrected)));
    expect(await marksOnDate(AMY, '2024-09-09')).toEqual([
      { session: 0, code: 'I' },
      { session: 1, code: '\\' },
    ]);
  });

  it('drops a pupil no longer in the pupils file from the enrolments', async () => {
    await loadSchoolExport(
      store,
      await writeExport('2024-09-16', pupilsCsv(PUPILS.slice(0, 1)), marksCsv([])),
    );
    const { enrolments } = await snapshotStore(store);
    expect(enrolments.map((row) => row['upn'])).toEqual([AMY]);
  });

  it('loads marks on a weekday missing from the LA calendar, with a warning for each such day', async () => {
    // 21 October 2024 is in the default LA calendar's October half term; an academy may still be open.
    const days = ['2024-10-18', '2024-10-21'];
    const marks = [...marksFor(AMY, days), ...marksFor(BEN, days)];
    const result = await loadSchoolExport(
      store,
      await writeExport('2024-10-21', pupilsCsv(PUPILS), marksCsv(marks)),
    );
    expect(result.markRows).toBe(8);
    expect(result.warnings).toEqual([
      {
        file: '900001_20241021_marks.csv',
        line: 4,
        column: 'date',
        value: '2024-10-21',
        problem: 'day-not-in-la-calendar',
        message:
          "4 marks other than # (closed) on Monday 2024-10-21, not a pupil day in the LA calendar: loaded, because the school's register is the authority on its own term dates",
      },
    ]);
    expect(await marksOnDate(AMY, '2024-10-21')).toHaveLength(2);
  });

  it('does not warn of a day the LA calendar has no pupil day on when the school was closed too (# only)', async () => {
    // 5 September 2024 is an inset day in the default LA calendar; the school marks everyone # (closed).
    const days = ['2024-09-05', '2024-09-06'];
    const closedOnInsetDay = (position: number) => (position < 2 ? '#' : undefined);
    const marks = [...marksFor(AMY, days, closedOnInsetDay), ...marksFor(BEN, days, closedOnInsetDay)];
    const result = await loadSchoolExport(
      store,
      await writeExport('2024-09-06', pupilsCsv(PUPILS), marksCsv(marks)),
    );
    expect(result.markRows).toBe(8);
    expect(result.warnings).toEqual([]);
  });

  it('accepts Z (not on roll) before a pupil is admitted', async () => {
    const pupils = pupilsCsv([
      PUPILS[0] as PupilRow,
      { ...(PUPILS[1] as PupilRow), admissionDate: '2024-09-17' },
    ]);
    const days = ['2024-09-16', '2024-09-17'];
    const marks = [
      ...marksFor(AMY, days),
      ...marksFor(BEN, days, (position) => (position < 2 ? 'Z' : undefined)),
    ];
    const result = await loadSchoolExport(store, await writeExport('2024-09-17', pupils, marksCsv(marks)));
    expect(result.markRows).toBe(8);
    expect(await marksOnDate(BEN, '2024-09-16')).toEqual([
      { session: 0, code: 'Z' },
      { session: 1, code: 'Z' },
    ]);
  });

  describe('rejects a bad export and changes nothing', () => {
    // A valid export for Monday 16 September, lines 2 to 5 of the marks file; each case breaks one thing.
    const goodPupils = pupilsCsv(PUPILS);
    const goodMarkLines = [
      `${AMY},2024-09-16,AM,/`,
      `${AMY},2024-09-16,PM,\\`,
      `${BEN},2024-09-16,AM,/`,
      `${BEN},2024-09-16,PM,\\`,
    ];
    const marksText = (lines: string[], header = 'upn,date,session,mark') =>
      [header, ...lines].join('\n') + '\n';
    const withLine = (line: number, text: string) =>
      marksText(goodMarkLines.map((original, index) => (index + 2 === line ? text : original)));

    it('loads the unbroken export (the cases below differ from it in one place)', async () => {
      const result = await loadSchoolExport(
        store,
        await writeExport('2024-09-16', goodPupils, marksText(goodMarkLines)),
      );
      expect(result.markRows).toBe(4);
    });

    it.each([
      {
        case: 'a required column is missing',
        pupils: goodPupils,
        marks: marksText(
          goodMarkLines.map((line) => line.replace(/,(AM|PM),/, ',')),
          'upn,date,mark',
        ),
        expected: {
          file: '900001_20240916_marks.csv',
          line: 1,
          column: 'session',
          problem: 'missing-column',
          message:
            '900001_20240916_marks.csv, line 1, column "session": Required column "session" is missing from the header',
        },
      },
      {
        case: 'a register code is not in the code set of its date',
        pupils: goodPupils,
        marks: withLine(4, `${BEN},2024-09-16,AM,H`),
        expected: {
          file: '900001_20240916_marks.csv',
          line: 4,
          column: 'mark',
          value: 'H',
          problem: 'unknown-register-code',
          message:
            '900001_20240916_marks.csv, line 4, column "mark": Unknown register code "H" for a session on 2024-09-16 (code set regulations-2024)',
        },
      },
      {
        case: 'a session is neither AM nor PM',
        pupils: goodPupils,
        marks: withLine(3, `${AMY},2024-09-16,pm,\\`),
        expected: {
          line: 3,
          column: 'session',
          value: 'pm',
          problem: 'bad-session',
          message: /"pm" is not a session \(AM or PM\)/,
        },
      },
      {
        case: 'a session date cannot be read',
        pupils: goodPupils,
        marks: withLine(2, `${AMY},16/09/2024,AM,/`),
        expected: {
          line: 2,
          column: 'date',
          value: '16/09/2024',
          problem: 'bad-date',
          message: /not a date in the form YYYY-MM-DD/,
        },
      },
      {
        case: 'a session date is not written YYYY-MM-DD',
        pupils: goodPupils,
        marks: withLine(2, `${AMY},2024-9-16,AM,/`),
        expected: {
          line: 2,
          column: 'date',
          value: '2024-9-16',
          problem: 'bad-date',
          message: /not a date in the form YYYY-MM-DD/,
        },
      },
      {
        case: 'a session date is not a real date',
        pupils: goodPupils,
        marks: withLine(2, `${AMY},2024-09-31,AM,/`),
        expected: {
          line: 2,
          column: 'date',
          value: '2024-09-31',
          problem: 'bad-date',
          message: /not a date in the form YYYY-MM-DD/,
        },
      },
      {
        case: 'a session date has a year out of range',
        pupils: goodPupils,
        marks: withLine(2, `${AMY},1024-09-16,AM,/`),
        expected: {
          line: 2,
          column: 'date',
          value: '1024-09-16',
          problem: 'bad-date',
          message: /not a date in the form YYYY-MM-DD/,
        },
      },
      {
        case: 'a date of birth is not a real date',
        pupils: goodPupils.replace('2017-03-03', '2017-02-30'),
        marks: marksText(goodMarkLines),
        expected: {
          file: '900001_20240916_pupils.csv',
          line: 3,
          column: 'date_of_birth',
          value: '2017-02-30',
          problem: 'bad-date',
        },
      },
      {
        case: 'a pupil has two marks for one session',
        pupils: goodPupils,
        marks: withLine(3, `${AMY},2024-09-16,AM,I`),
        expected: {
          line: 3,
          column: 'session',
          value: 'AM',
          problem: 'duplicate-pupil-session',
          message: new RegExp(
            `Pupil ${AMY} has more than one mark for the AM session on 2024-09-16 \\(first on line 2\\)`,
          ),
        },
      },
      {
        case: 'a pupil with marks is not in the pupils file',
        pupils: pupilsCsv(PUPILS.slice(0, 1)),
        marks: marksText(goodMarkLines),
        expected: {
          file: '900001_20240916_marks.csv',
          line: 4,
          column: 'upn',
          value: BEN,
          problem: 'pupil-not-in-pupils-file',
          message: new RegExp(`Pupil ${BEN} has marks but is not in the pupils file`),
        },
      },
      {
        case: 'a mark falls on a weekend',
        pupils: goodPupils,
        marks: withLine(2, `${AMY},2024-09-14,AM,/`),
        expected: {
          file: '900001_20240916_marks.csv',
          line: 2,
          column: 'date',
          value: '2024-09-14',
          problem: 'weekend-mark',
          message: /1 mark on Saturday 2024-09-14: registers are taken on weekdays only/,
        },
      },
      {
        case: 'a mark is for a session after the export was produced',
        pupils: goodPupils,
        marks: withLine(5, `${BEN},2024-09-17,PM,\\`),
        expected: {
          line: 5,
          column: 'date',
          value: '2024-09-17',
          problem: 'mark-after-export-date',
          message:
            /after the export was produced \(2024-09-16\): a register cannot be marked for a later session/,
        },
      },
      {
        case: 'a pupil is marked before the admission date',
        pupils: pupilsCsv([
          PUPILS[0] as PupilRow,
          { ...(PUPILS[1] as PupilRow), admissionDate: '2024-09-17' },
        ]),
        marks: marksText(goodMarkLines),
        expected: {
          file: '900001_20240916_marks.csv',
          line: 4,
          column: 'date',
          value: '2024-09-16',
          problem: 'mark-outside-enrolment',
          message: new RegExp(
            `Pupil ${BEN} has 2 marks outside the enrolment \\(admitted 2024-09-17\\), the first on 2024-09-16: only Z`,
          ),
        },
      },
      {
        case: 'a pupil is marked after the leaving date',
        pupils: pupilsCsv([{ ...(PUPILS[0] as PupilRow), leavingDate: '2024-09-13' }, PUPILS[1] as PupilRow]),
        marks: marksText(goodMarkLines),
        expected: {
          line: 2,
          column: 'date',
          problem: 'mark-outside-enrolment',
          message: /\(admitted 2024-09-02, left 2024-09-13\)/,
        },
      },
      {
        case: 'a pupil on roll has no marks',
        pupils: pupilsCsv([...PUPILS, { upn: CAL, dateOfBirth: '2016-01-20' }]),
        marks: marksText(goodMarkLines),
        expected: {
          file: '900001_20240916_pupils.csv',
          line: 4,
          column: 'upn',
          value: CAL,
          problem: 'pupil-without-marks',
          message: new RegExp(
            `Pupil ${CAL} was on roll during the dates this export's marks cover \\(2024-09-16 to 2024-09-16\\) but has no marks`,
          ),
        },
      },
      {
        case: 'a UPN has the wrong check letter',
        pupils: goodPupils.replace(BEN, BAD_BEN),
        marks: marksText(goodMarkLines).replaceAll(BEN, BAD_BEN),
        expected: {
          file: '900001_20240916_pupils.csv',
          line: 3,
          column: 'upn',
          value: BAD_BEN,
          problem: 'bad-upn',
          message: new RegExp(
            `"${BAD_BEN}" is not a valid UPN: check letter is "A" but should be "${BEN[0]}"`,
          ),
        },
      },
      {
        case: 'a leaving date is before the admission date',
        pupils: pupilsCsv([PUPILS[0] as PupilRow, { ...(PUPILS[1] as PupilRow), leavingDate: '2024-08-30' }]),
        marks: marksText(goodMarkLines),
        expected: {
          file: '900001_20240916_pupils.csv',
          line: 3,
          column: 'leaving_date',
          value: '2024-08-30',
          problem: 'leaving-before-admission',
          message: /Leaving date 2024-08-30 is before the admission date 2024-09-02/,
        },
      },
      {
        case: 'a row has the wrong number of fields',
        pupils: goodPupils,
        marks: withLine(5, `${BEN},2024-09-16,PM`),
        expected: { line: 5, problem: 'malformed-csv', message: /The row has 3 fields but the header has 4/ },
      },
      {
        case: 'a quote is never closed',
        pupils: goodPupils,
        marks: withLine(3, `${AMY},2024-09-16,PM,"\\`),
        expected: {
          line: 3,
          problem: 'malformed-csv',
          message: /cannot be read as CSV: Value with unterminated quote/,
        },
      },
    ])('when $case', async ({ pupils, marks, expected }) => {
      const before = await snapshotStore(store);
      const unit = await writeExport('2024-09-16', pupils, marks);
      const error = await validationErrorOf(loadSchoolExport(store, unit));
      const { message, ...fields } = expected;
      expect(error).toMatchObject(fields);
      expect(error.message).toMatch(message ?? /./);
      expect(await snapshotStore(store)).toEqual(before);
    });

    it('when the school is not in the store', async () => {
      const before = await snapshotStore(store);
      const unit = await writeSchoolExport(folder, '900099', '2024-09-16', {
        pupils: goodPupils,
        marks: marksText(goodMarkLines),
      });
      await expect(loadSchoolExport(store, unit)).rejects.toMatchObject({
        problem: 'unknown-school',
        value: '900099',
        message: expect.stringMatching(/School 900099 is not in the store: load schools.csv first/),
      });
      expect(await snapshotStore(store)).toEqual(before);
    });

    it('when a file is missing', async () => {
      const unit = await writeExport('2024-09-16', goodPupils, marksText(goodMarkLines));
      await expect(
        loadSchoolExport(store, { ...unit, marksPath: join(folder, 'nowhere.csv') }),
      ).rejects.toMatchObject({
        file: 'nowhere.csv',
        problem: 'missing-file',
      });
    });

    it('reporting the first few problems and how many there were', async () => {
      const before = await snapshotStore(store);
      const days = weekdays('2024-09-16', '2024-10-11'); // 20 days, 2 pupils, 2 sessions: 80 marks
      const marks = [...marksFor(AMY, days, () => 'H'), ...marksFor(BEN, days)];
      const error = await validationErrorOf(
        loadSchoolExport(store, await writeExport('2024-10-12', goodPupils, marksCsv(marks))),
      );
      expect(error.issues).toHaveLength(20);
      expect(error.issueCount).toBe(40);
      expect(error.issues.map((issue) => issue.line)).toEqual(
        Array.from({ length: 20 }, (_, index) => index + 2),
      );
      expect(error.message).toMatch(/\(and 39 more problems\)$/);
      expect(await snapshotStore(store)).toEqual(before);
    });
  });
});
