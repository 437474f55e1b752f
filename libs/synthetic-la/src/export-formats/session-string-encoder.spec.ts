import { renderXml } from './ctf-xml.js';
import { encodeSessionString, type SessionMark } from './session-string-encoder.js';

const mark = (date: string, session: 'AM' | 'PM', code: string): SessionMark => ({
  date,
  session,
  mark: code,
});

describe(encodeSessionString.name, () => {
  it.each([
    ['no marks', [], null],
    [
      'one day',
      [mark('2024-09-09', 'AM', '/'), mark('2024-09-09', 'PM', '\\')],
      { startDate: '2024-09-09', marks: '/\\' },
    ],
    [
      'Friday to Monday skips the weekend',
      [mark('2024-09-13', 'PM', 'I'), mark('2024-09-16', 'AM', 'I')],
      { startDate: '2024-09-13', marks: '-II' },
    ],
    [
      'a gap of whole weekdays',
      [mark('2024-09-09', 'AM', '/'), mark('2024-09-11', 'PM', 'N')],
      { startDate: '2024-09-09', marks: '/----N' },
    ],
    [
      'two-character codes in brackets',
      [mark('2024-09-09', 'AM', 'C1'), mark('2024-09-09', 'PM', 'Y4')],
      { startDate: '2024-09-09', marks: '[C1][Y4]' },
    ],
  ])('%s', (_name, marks, expected) => {
    expect(encodeSessionString(marks)).toEqual(expected);
  });

  it.each([
    ['a weekend mark', [mark('2024-09-14', 'AM', '/')], 'A mark on a weekend cannot be encoded: 2024-09-14'],
    [
      'marks out of order',
      [mark('2024-09-10', 'AM', '/'), mark('2024-09-09', 'PM', '/')],
      'Marks must be in date and session order: 2024-09-09 PM',
    ],
  ])('refuses %s', (_name, marks, message) => {
    expect(() => encodeSessionString(marks)).toThrow(message);
  });
});

describe(renderXml.name, () => {
  it('escapes text and skips absent elements', () => {
    expect(renderXml(['Pupil', [['Surname', "O'Neil & <Co>"], null]])).toBe(
      '<Pupil>\n  <Surname>O&apos;Neil &amp; &lt;Co&gt;</Surname>\n</Pupil>\n',
    );
  });
});
