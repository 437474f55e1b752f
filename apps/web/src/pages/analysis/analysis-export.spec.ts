import { DFE_SYMBOLS } from '@attendance/domain';
import { group, YEAR_BY_SEX } from './__fixtures__/analysis-groups.js';
import {
  analysisCsv,
  analysisExportRows,
  analysisFileStem,
  plainNumber,
  type ExportCell,
} from './analysis-export.js';
import { analysisTable } from './analysis-table-model.js';

const text = (value: string): ExportCell => ({ kind: 'text', text: value });
const rate = (value: number): ExportCell => ({ kind: 'number', value, decimals: 1 });
const count = (value: number): ExportCell => ({ kind: 'number', value, decimals: 0 });

/** Schools named as a spreadsheet would run them: each must reach a file as text, never as a formula. */
const HOSTILE_NAMES = new Map([
  ['100001', '=HYPERLINK("http://evil.example","Click")'],
  ['100002', '+1'],
  ['100003', '@x'],
  ['100004', '-2+3'],
]);

const BY_SCHOOL = [
  group(['*'], { enrolments: 40, possible: 4000, authorised: 200, unauthorised: 100 }),
  group(['100001'], { enrolments: 10, possible: 1000, authorised: 50, unauthorised: 25 }),
  group(['100002'], { enrolments: 10, possible: 1000, authorised: 50, unauthorised: 25 }),
  group(['100003'], { enrolments: 10, possible: 1000, authorised: 100, unauthorised: 50 }),
  // Enrolled but without possible sessions in the period: every rate is missing (z), never 0.
  group(['100004'], { enrolments: 10, possible: 0, authorised: 0, unauthorised: 0 }),
];

function bySchool() {
  return analysisTable({
    measure: 'overall-absence',
    dimensions: ['school'],
    groups: BY_SCHOOL,
    comparison: { kind: 'none' },
    schoolNames: HOSTILE_NAMES,
  });
}

describe(analysisExportRows.name, () => {
  it('writes the header and every row of the table: names formula-safe, figures as numbers, missing as z', () => {
    const sheet = analysisExportRows(bySchool());
    expect(sheet.columns.map((column) => [column.header, column.kind])).toEqual([
      ['School', 'text'],
      ['Enrolments', 'count'],
      ['Possible sessions', 'count'],
      ['Overall absence', 'rate'],
      ['Attendance', 'rate'],
      ['Authorised absence', 'rate'],
      ['Unauthorised absence', 'rate'],
      ['Persistent absence', 'rate'],
      ['Severe absence', 'rate'],
    ]);
    expect(sheet.rows.map((row) => row.slice(0, 5))).toEqual([
      [text('Total'), count(40), count(4000), rate(7.5), rate(92.5)],
      [text(`'=HYPERLINK("http://evil.example","Click")`), count(10), count(1000), rate(7.5), rate(92.5)],
      [text("'+1"), count(10), count(1000), rate(7.5), rate(92.5)],
      [text("'@x"), count(10), count(1000), rate(15), rate(85)],
      [text("'-2+3"), count(10), count(0), text('z'), text('z')],
    ]);
    for (const row of sheet.rows) {
      for (const cell of row) {
        if (cell.kind === 'text') expect(cell.text).not.toMatch(/^[=+\-@\t\r]/);
      }
    }
  });

  it('writes a comparison the store lacks as x, and a published symbol as itself', () => {
    const lastYear = analysisExportRows(
      analysisTable({
        measure: 'overall-absence',
        dimensions: ['school'],
        groups: BY_SCHOOL.slice(0, 3),
        // Last year knew the total and the first school only.
        comparison: {
          kind: 'last-year',
          groups: [
            group(['*'], { enrolments: 30, possible: 3000, authorised: 100, unauthorised: 50 }),
            group(['100001'], { enrolments: 10, possible: 1000, authorised: 100, unauthorised: 0 }),
          ],
        },
      }),
    );
    expect(lastYear.columns.slice(3, 6).map((column) => column.header)).toEqual([
      'Overall absence',
      'Overall absence, same dates last year',
      'Change from last year (percentage points)',
    ]);
    expect(lastYear.rows.map((row) => row.slice(3, 6))).toEqual([
      [rate(7.5), rate(5), rate(2.5)],
      [rate(7.5), rate(10), rate(-2.5)],
      [rate(7.5), text('x'), text('x')],
    ]);

    const published = analysisExportRows(
      analysisTable({
        measure: 'severe',
        dimensions: ['school'],
        groups: BY_SCHOOL.slice(0, 1),
        comparison: {
          kind: 'published',
          areas: [
            { label: 'England (census, 2024/25)', figure: { value: 2.3, symbol: null } },
            { label: 'North West (census, 2024/25)', figure: { value: null, symbol: 'c' } },
            { label: 'Elsewhere (census, 2024/25)', figure: { value: null, symbol: 'k' } },
          ],
        },
      }),
    );
    expect(published.columns.slice(4, 7).map((column) => column.header)).toEqual([
      'Severe absence, England (census, 2024/25)',
      'Severe absence, North West (census, 2024/25)',
      'Severe absence, Elsewhere (census, 2024/25)',
    ]);
    // A symbol the DfE layout does not document stands as x, so every figure cell is a number or a known symbol.
    expect(published.rows[0]!.slice(4, 7)).toEqual([rate(2.3), text('c'), text('x')]);
    expect(Object.keys(DFE_SYMBOLS)).toContain('c');
  });
});

describe(analysisCsv.name, () => {
  it("writes the sheet with the domain's CSV writer: quoted where needed, numbers plain, rates to one place", () => {
    const lines = analysisCsv(analysisExportRows(bySchool())).split('\n');
    expect(lines[0]).toBe(
      'School,Enrolments,Possible sessions,Overall absence,Attendance,Authorised absence,Unauthorised absence,Persistent absence,Severe absence',
    );
    expect(lines[1]).toBe('Total,40,4000,7.5,92.5,5.0,2.5,0.0,0.0');
    expect(lines[2]).toBe(
      `"'=HYPERLINK(""http://evil.example"",""Click"")",10,1000,7.5,92.5,5.0,2.5,0.0,0.0`,
    );
    expect(lines[3]).toBe("'+1,10,1000,7.5,92.5,5.0,2.5,0.0,0.0");
    expect(lines[4]).toBe("'@x,10,1000,15.0,85.0,10.0,5.0,0.0,0.0");
    expect(lines[5]).toBe("'-2+3,10,0,z,z,z,z,0.0,0.0");
    expect(lines.at(-1)).toBe('');
  });

  it('writes a negative difference as a plain signed number, never a neutralised text', () => {
    const csv = analysisCsv(
      analysisExportRows(
        analysisTable({
          measure: 'overall-absence',
          dimensions: ['yearGroup', 'sex'],
          groups: YEAR_BY_SEX,
          comparison: { kind: 'la' },
        }),
      ),
    );
    const [header, total, , , , , , , , yearEightMale] = csv.split('\n');
    expect(header).toBe(
      'Year group,Sex,Enrolments,Possible sessions,Overall absence,"Overall absence, LA total",Difference from the LA total (percentage points),Attendance,Authorised absence,Unauthorised absence,Persistent absence,Severe absence',
    );
    expect(total).toBe('Total,Total,40,4000,7.5,7.5,0.0,92.5,5.0,2.5,20.0,0.0');
    expect(yearEightMale).toBe('Year 8,Male,5,500,6.0,7.5,-1.5,94.0,6.0,0.0,20.0,0.0');
  });
});

describe(plainNumber.name, () => {
  it('rounds to the places asked and never writes minus zero', () => {
    expect(plainNumber(7.25, 1)).toBe('7.3');
    expect(plainNumber(-0.04, 1)).toBe('0.0');
    expect(plainNumber(-1.25, 1)).toBe('-1.3');
    expect(plainNumber(1234, 0)).toBe('1234');
  });
});

describe(analysisFileStem.name, () => {
  it('names the measure, the breakdown, a cohort other than the headline one and the period', () => {
    const parts = { measure: 'overall-absence', periodStart: '2026-09-01', periodEnd: '2026-11-23' } as const;
    expect(analysisFileStem({ ...parts, dimensions: ['yearGroup'], cohort: 'statutory' })).toBe(
      'attendance-overall-absence-by-year-group-2026-09-01-to-2026-11-23',
    );
    expect(
      analysisFileStem({
        ...parts,
        measure: 'severe',
        dimensions: ['schoolType', 'fsm'],
        cohort: 'outside-statutory',
      }),
    ).toBe(
      'attendance-severe-absence-by-school-type-and-fsm-outside-statutory-cohort-2026-09-01-to-2026-11-23',
    );
  });
});
