import { neutraliseFormula } from '@attendance/domain';
import type { ExportCell, ExportSheet } from './analysis-export.js';

// The Excel download, from the same rows as the CSV (analysis-export.ts). exceljs is large, so it is loaded
// only when the button is pressed (its own chunk): no page's first load carries it.

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type ExcelJs = typeof import('exceljs');

async function loadExcelJs(): Promise<ExcelJs> {
  const loaded = (await import('exceljs')) as ExcelJs & { default?: ExcelJs };
  // The package's browser build is a UMD bundle, which the bundler hands over as the module's default export.
  return loaded.default ?? loaded;
}

/** What the figures are: shown above the header row, each as a label and its value. */
export interface ExportTitle {
  title: string;
  facts: readonly (readonly [label: string, value: string])[];
}

const WIDEST_COLUMN = 60;

function numberFormat(decimals: number): string {
  return decimals === 0 ? '#,##0' : `0.${'0'.repeat(decimals)}`;
}

function cellText(cell: ExportCell): string {
  return cell.kind === 'text' ? cell.text : cell.value.toFixed(cell.decimals);
}

/**
 * One worksheet: the title and its facts, a blank row, the header (bold, frozen with everything above it),
 * then the rows: figures as numeric cells with a number format, text as formula-safe strings (never formulas).
 */
export async function analysisWorkbook(sheet: ExportSheet, title: ExportTitle): Promise<Blob> {
  const { Workbook } = await loadExcelJs();
  const workbook = new Workbook();
  workbook.creator = 'Attendance Insight';
  const headerRowNumber = title.facts.length + 3;
  const worksheet = workbook.addWorksheet('Figures', {
    views: [{ state: 'frozen', xSplit: 0, ySplit: headerRowNumber }],
  });

  worksheet.addRow([neutraliseFormula(title.title)]).font = { bold: true, size: 14 };
  for (const [label, value] of title.facts) {
    const row = worksheet.addRow([neutraliseFormula(label), neutraliseFormula(value)]);
    row.getCell(1).font = { bold: true };
  }
  worksheet.addRow([]);
  worksheet.addRow(sheet.columns.map((column) => column.header)).font = { bold: true };

  for (const cells of sheet.rows) {
    const row = worksheet.addRow(cells.map((cell) => (cell.kind === 'text' ? cell.text : cell.value)));
    cells.forEach((cell, index) => {
      if (cell.kind === 'number') row.getCell(index + 1).numFmt = numberFormat(cell.decimals);
      // A symbol in place of a figure lines up with the figures.
      else if (sheet.columns[index]?.kind !== 'text')
        row.getCell(index + 1).alignment = { horizontal: 'right' };
    });
  }

  // Each column as wide as its header or its longest figure (the title rows may spill over, as titles do).
  sheet.columns.forEach((column, index) => {
    const longest = Math.max(
      column.header.length,
      ...sheet.rows.map((cells) => cellText(cells[index]!).length),
    );
    worksheet.getColumn(index + 1).width = Math.min(WIDEST_COLUMN, longest + 2);
  });

  const buffer = await workbook.xlsx.writeBuffer();
  return new Blob([buffer], { type: XLSX_CONTENT_TYPE });
}
