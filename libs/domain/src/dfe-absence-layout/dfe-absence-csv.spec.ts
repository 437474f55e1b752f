import { emptyReasonCounts } from '../measures/session-counts.js';
import { DFE_ABSENCE_COLUMN_NAMES, type DfeAbsenceRow } from './dfe-absence-columns.js';
import { type CsvColumn, dfeAbsenceCsv, neutraliseFormula, quoteCsvField, toCsv } from './dfe-absence-csv.js';
import { DfeAbsenceLayoutError } from './dfe-absence-layout-error.js';
import { dfeAbsenceRow, type DfeAbsenceRowLabels } from './dfe-absence-row.js';

const labels: DfeAbsenceRowLabels = {
  academicYearStart: 2024,
  timeIdentifier: 'Academic year',
  area: {
    countryCode: 'E92000001',
    countryName: 'England',
    regionCode: 'E12000006',
    regionName: 'East of England',
    oldLaCode: '935',
    newLaCode: 'E10000029',
    laName: 'Suffolk',
  },
  school: null,
  schoolType: 'Total',
  characteristic: { topic: 'Total', breakdown: 'Total' },
};

// 2 enrolments, 20 possible sessions, 1 illness and 1 no-reason-yet absence: 10.0% overall, 5.0% each.
const byReason = { ...emptyReasonCounts(), sess_auth_illness: 1, sess_unauth_noyet: 1 };
const counts = {
  enrolments: 2,
  persistentlyAbsent: 1,
  severelyAbsent: 0,
  totals: { possible: 20, authorised: 1, unauthorised: 1, byReason },
};

const textAndFigure: readonly CsvColumn[] = [
  { name: 'name', kind: 'text' },
  { name: 'delta', kind: 'percent' },
];

describe('dfeAbsenceCsv', () => {
  it("writes the layout's header, then one line per row, each ending in LF", () => {
    const csv = dfeAbsenceCsv([
      dfeAbsenceRow({ labels, counts }),
      dfeAbsenceRow({
        labels: {
          ...labels,
          school: { urn: '124001', name: 'Oak Primary' },
          schoolType: 'State-funded primary',
        },
        counts,
        symbols: { sess_auth_illness: 'c' },
      }),
    ]);
    const lines = csv.split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe(DFE_ABSENCE_COLUMN_NAMES.join(','));
    expect(lines[1]).toBe(
      '202425,Academic year,Local authority,E92000001,England,E12000006,East of England,935,E10000029,Suffolk,,,' +
        'Total,Total,Total,2,20,2,1,1,10.0,5.0,5.0,1,50.0,0,0.0,' +
        '1,0,0,0,0,0,0,0,0,0,0,0,1,' +
        '5.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,5.0',
    );
    expect(lines[2]).toBe(
      '202425,Academic year,School,E92000001,England,E12000006,East of England,935,E10000029,Suffolk,124001,' +
        'Oak Primary,State-funded primary,Total,Total,2,20,2,1,1,10.0,5.0,5.0,1,50.0,0,0.0,' +
        'c,0,0,0,0,0,0,0,0,0,0,0,1,' +
        'c,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,5.0',
    );
    expect(lines[3]).toBe('');
    expect(csv).not.toContain('\r');
  });

  it('writes only the header for no rows', () => {
    expect(dfeAbsenceCsv([])).toBe(`${DFE_ABSENCE_COLUMN_NAMES.join(',')}\n`);
  });

  it('quotes a school name that holds a comma or a quote', () => {
    const row = dfeAbsenceRow({
      labels: {
        ...labels,
        school: { urn: '124001', name: 'St Mary\'s, "The Priory"' },
        schoolType: 'Special',
      },
      counts,
    });
    expect(dfeAbsenceCsv([row]).split('\n')[1]).toContain(',124001,"St Mary\'s, ""The Priory""",Special,');
  });
});

describe('quoteCsvField (RFC 4180)', () => {
  it('quotes only a field with a comma, quote, CR or LF, and doubles its quotes', () => {
    expect(quoteCsvField('Oak Primary')).toBe('Oak Primary');
    expect(quoteCsvField('')).toBe('');
    expect(quoteCsvField('a,b')).toBe('"a,b"');
    expect(quoteCsvField('say "hi"')).toBe('"say ""hi"""');
    expect(quoteCsvField('two\nlines')).toBe('"two\nlines"');
    expect(quoteCsvField('two\r\nlines')).toBe('"two\r\nlines"');
    expect(quoteCsvField(' padded ')).toBe(' padded ');
  });
});

describe('formula injection', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","Click")', '"\'=HYPERLINK(""http://evil.example"",""Click"")"'],
    ['+44 1234 567890', "'+44 1234 567890"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', '"\'\r=1+1"'],
  ])('makes the text cell %j inert with a leading apostrophe', (name, written) => {
    expect(toCsv(textAndFigure, [{ name, delta: '0' }])).toBe(`name,delta\n${written},0\n`);
  });

  it('leaves text that only contains those characters later alone', () => {
    expect(neutraliseFormula('St Mary-le-Bow C of E Primary')).toBe('St Mary-le-Bow C of E Primary');
    expect(neutraliseFormula('Bristol, City of')).toBe('Bristol, City of');
    expect(neutraliseFormula('a=b')).toBe('a=b');
    expect(neutraliseFormula(' =1')).toBe(' =1');
  });

  it('never alters a number in a figure column, even a negative one', () => {
    expect(toCsv(textAndFigure, [{ name: 'Oak', delta: '-1.5' }])).toBe('name,delta\nOak,-1.5\n');
    expect(toCsv(textAndFigure, [{ name: 'Oak', delta: '12' }])).toBe('name,delta\nOak,12\n');
    expect(toCsv(textAndFigure, [{ name: 'Oak', delta: 'low' }])).toBe('name,delta\nOak,low\n');
  });

  it('decides by the column, not the text: a text column holding -1.5 is still escaped', () => {
    expect(toCsv(textAndFigure, [{ name: '-1.5', delta: '-1.5' }])).toBe("name,delta\n'-1.5,-1.5\n");
  });

  it.each(['=1+1', '-1+2', '+1', '1e5', ' 12', '12 ', '1,5', '', 'C', '.5', '5.'])(
    'refuses %j in a figure column rather than write it',
    (value) => {
      const run = () =>
        toCsv(textAndFigure, [
          { name: 'Oak', delta: '0' },
          { name: 'Elm', delta: value },
        ]);
      expect(run).toThrow(DfeAbsenceLayoutError);
      expect(run).toThrow(
        `CSV line 3 (data row 2): delta is ${JSON.stringify(value)}; expected a plain number`,
      );
    },
  );

  it('refuses a row without a cell for a column, naming the line and column', () => {
    expect(() => toCsv(textAndFigure, [{ name: 'Oak' }])).toThrow(
      'CSV line 2 (data row 1): delta is missing; expected text for every column',
    );
  });
});

describe('dfeAbsenceCsv on rows not made by dfeAbsenceRow', () => {
  it('refuses a figure cell a caller filled with text', () => {
    const row = { ...dfeAbsenceRow({ labels, counts }), sess_possible: '=cmd|"/c calc"!A1' } as DfeAbsenceRow;
    expect(() => dfeAbsenceCsv([row])).toThrow(
      'CSV line 2 (data row 1): sess_possible is "=cmd|\\"/c calc\\"!A1"',
    );
  });
});
