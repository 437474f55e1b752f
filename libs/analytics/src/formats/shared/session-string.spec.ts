import { FormatReadError } from './format-read-error.js';
import { decodeSessionString } from './session-string.js';

const where = { file: 'f.csv', line: 2, field: 'marks' };
const decode = (start: string, marks: string) =>
  [...decodeSessionString(start, marks, where)].map((row) => `${row.date} ${row.session} ${row.mark}`);

describe(decodeSessionString.name, () => {
  it.each([
    ['one day', '2024-09-09', '/\\', ['2024-09-09 AM /', '2024-09-09 PM \\']],
    [
      'Friday then Monday: weekends are never in the string',
      '2024-09-13',
      '/\\LN',
      ['2024-09-13 AM /', '2024-09-13 PM \\', '2024-09-16 AM L', '2024-09-16 PM N'],
    ],
    ['"-" is a session with no mark', '2024-09-09', '--/\\', ['2024-09-10 AM /', '2024-09-10 PM \\']],
    ['two-character codes in brackets', '2024-09-09', '[C1][Y4]', ['2024-09-09 AM C1', '2024-09-09 PM Y4']],
    ['brackets round a one-character code', '2024-09-09', '[I]I', ['2024-09-09 AM I', '2024-09-09 PM I']],
    ['2006 code set before 19 August 2024', '2024-07-15', 'HF', ['2024-07-15 AM H', '2024-07-15 PM F']],
    ['empty string', '2024-09-09', '', []],
  ])('%s', (_name, start, marks, expected) => {
    expect(decode(start, marks)).toEqual(expected);
  });

  it('gives each mark its offset and session index', () => {
    const rows = [...decodeSessionString('2024-09-09', '-[C2]/', where)];
    expect(rows.map((row) => [row.offset, row.sessionIndex])).toEqual([
      [1, 1],
      [5, 2],
    ]);
  });

  it.each([
    [
      'a code not in the 2024 set',
      '2024-09-09',
      '/\\/H',
      'bad-mark',
      'f.csv, line 2, field "marks", offset 3 (session 3): expected a register code valid on 2024-09-10 PM (code set regulations-2024; two-character codes in brackets, e.g. [C1]; "-" for no session), got "H"',
    ],
    [
      'a 2024 code before the switch',
      '2024-07-15',
      '/[C1]',
      'bad-mark',
      'offset 1 (session 1): expected a register code valid on 2024-07-15 PM (code set regulations-2006',
    ],
    ['a two-character code without brackets', '2024-09-09', 'C1', 'bad-mark', 'offset 1 (session 1)'],
    [
      'an unterminated bracket',
      '2024-09-09',
      '//[C1',
      'unterminated-bracket',
      'offset 2 (session 2): a "[" opens a two-character code but no "]" closes it, got "[C1"',
    ],
    [
      'a start date on a Saturday',
      '2024-09-14',
      '/',
      'weekend-start-date',
      'expected a start date on a weekday',
    ],
    [
      'an impossible start date',
      '2024-02-30',
      '/',
      'bad-date',
      'expected a start date YYYY-MM-DD, got "2024-02-30"',
    ],
  ])('rejects %s', (_name, start, marks, problem, message) => {
    const error = captureError(() => decode(start, marks));
    expect(error).toBeInstanceOf(FormatReadError);
    expect(error).toMatchObject({ problem, file: 'f.csv', line: 2 });
    expect((error as Error).message).toContain(message);
  });
});

function captureError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}
