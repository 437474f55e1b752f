import { collect, useTempFolder } from '../__fixtures__/temp-folder.js';
import { FormatReadError } from '../shared/format-read-error.js';
import { readMarksStringFile } from './read-marks-string-file.js';

const files = useTempFolder();
const FILE = '900001_20240913_marks-string.csv';

describe(readMarksStringFile.name, () => {
  it('reads rows into canonical marks with their source position, ignoring extra columns', async () => {
    const path = await files.write(
      FILE,
      'upn,extra,start_date,marks\nA999000000001,x,2024-09-12,/\\-[C2]/\nB999000000002,y,2024-09-13,"N"\n',
    );
    const rows = await collect(readMarksStringFile(path));
    expect(rows).toEqual([
      {
        upn: 'A999000000001',
        date: '2024-09-12',
        session: 'AM',
        mark: '/',
        source: { file: FILE, line: 2, field: 'marks', offset: 0, sessionIndex: 0 },
      },
      {
        upn: 'A999000000001',
        date: '2024-09-12',
        session: 'PM',
        mark: '\\',
        source: { file: FILE, line: 2, field: 'marks', offset: 1, sessionIndex: 1 },
      },
      {
        upn: 'A999000000001',
        date: '2024-09-13',
        session: 'PM',
        mark: 'C2',
        source: { file: FILE, line: 2, field: 'marks', offset: 3, sessionIndex: 3 },
      },
      {
        upn: 'A999000000001',
        date: '2024-09-16',
        session: 'AM',
        mark: '/',
        source: { file: FILE, line: 2, field: 'marks', offset: 7, sessionIndex: 4 },
      },
      {
        upn: 'B999000000002',
        date: '2024-09-13',
        session: 'AM',
        mark: 'N',
        source: { file: FILE, line: 3, field: 'marks', offset: 0, sessionIndex: 0 },
      },
    ]);
  });

  it.each([
    [
      'a missing column',
      'upn,marks\nA,//\n',
      'missing-column',
      `${FILE}, line 1, field "start_date": expected a column "start_date" in the header`,
    ],
    [
      'a missing UPN',
      'upn,start_date,marks\n,2024-09-12,//\n',
      'missing-value',
      `${FILE}, line 2, field "upn": expected a value`,
    ],
    [
      'an impossible start date',
      'upn,start_date,marks\nA,2024-09-12,//\nB,2024-13-01,//\n',
      'bad-date',
      `${FILE}, line 3, field "start_date": expected a start date YYYY-MM-DD, got "2024-13-01"`,
    ],
    [
      'a bad character',
      'upn,start_date,marks\nA,2024-09-12,//\\?\n',
      'bad-mark',
      `${FILE}, line 2, field "marks", offset 3 (session 3): expected a register code valid on 2024-09-13 PM (code set regulations-2024; two-character codes in brackets, e.g. [C1]; "-" for no session), got "?"`,
    ],
    [
      'an unterminated bracket',
      'upn,start_date,marks\nA,2024-09-12,/[Y1\n',
      'unterminated-bracket',
      `${FILE}, line 2, field "marks", offset 1 (session 1): a "[" opens`,
    ],
    ['broken quoting', 'upn,start_date,marks\nA,2024-09-12,"//\n', 'malformed-csv', `${FILE}, line`],
  ])('rejects %s, naming file, line and field', async (_name, text, problem, message) => {
    const path = await files.write(FILE, text);
    const error = await collect(readMarksStringFile(path)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FormatReadError);
    expect(error).toMatchObject({ problem, file: FILE });
    expect((error as Error).message).toContain(message);
  });
});
