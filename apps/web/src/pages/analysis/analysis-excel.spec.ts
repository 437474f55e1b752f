// @vitest-environment node
import ExcelJS from 'exceljs';
import { group } from './__fixtures__/analysis-groups.js';
import { analysisWorkbook, XLSX_CONTENT_TYPE } from './analysis-excel.js';
import { analysisExportRows } from './analysis-export.js';
import { analysisTable } from './analysis-table-model.js';

const sheet = analysisExportRows(
  analysisTable({
    measure: 'overall-absence',
    dimensions: ['school'],
    groups: [
      group(['*'], { enrolments: 20, possible: 2000, authorised: 100, unauthorised: 50 }),
      group(['100001'], { enrolments: 10, possible: 1000, authorised: 50, unauthorised: 25 }),
      group(['100002'], { enrolments: 10, possible: 0, authorised: 0, unauthorised: 0 }),
    ],
    comparison: { kind: 'none' },
    schoolNames: new Map([
      ['100001', '=HYPERLINK("http://evil.example","Click")'],
      ['100002', '@SUM(A1:A2)'],
    ]),
  }),
);

const title = {
  title: 'Overall absence by school',
  facts: [
    ['Period', '1 September 2026 to 20 November 2026'],
    ['Source', '=cmd|"/c calc"!A1'],
  ] as const,
};

async function readBack(blob: Blob): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await blob.arrayBuffer());
  expect(workbook.worksheets).toHaveLength(1);
  return workbook.worksheets[0]!;
}

describe(analysisWorkbook.name, () => {
  it('writes the title and its facts, then a bold frozen header and the rows', async () => {
    const blob = await analysisWorkbook(sheet, title);
    expect(blob.type).toBe(XLSX_CONTENT_TYPE);
    const worksheet = await readBack(blob);

    expect(worksheet.getCell('A1').value).toBe('Overall absence by school');
    expect(worksheet.getCell('A2').value).toBe('Period');
    expect(worksheet.getCell('B2').value).toBe('1 September 2026 to 20 November 2026');
    expect(worksheet.getRow(5).values).toEqual([undefined, ...sheet.columns.map((column) => column.header)]);
    expect(worksheet.getRow(5).font?.bold).toBe(true);
    expect(worksheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 5 });
    expect(worksheet.getColumn(1).width).toBeGreaterThan('=HYPERLINK('.length);
  });

  it('writes figures as numeric cells with a number format and text never as a formula', async () => {
    const worksheet = await readBack(await analysisWorkbook(sheet, title));
    const school = worksheet.getRow(7);
    expect(school.getCell(1).type).toBe(ExcelJS.ValueType.String);
    expect(school.getCell(1).value).toBe(`'=HYPERLINK("http://evil.example","Click")`);
    expect(worksheet.getCell('B3').value).toBe(`'=cmd|"/c calc"!A1`);
    expect(worksheet.getRow(8).getCell(1).value).toBe("'@SUM(A1:A2)");
    expect(school.getCell(2)).toMatchObject({ type: ExcelJS.ValueType.Number, value: 10, numFmt: '#,##0' });
    expect(school.getCell(4)).toMatchObject({ type: ExcelJS.ValueType.Number, value: 7.5, numFmt: '0.0' });
    // No possible sessions: the rate is the symbol z, not 0.
    expect(worksheet.getRow(8).getCell(4).value).toBe('z');
    worksheet.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)));
  });
});
