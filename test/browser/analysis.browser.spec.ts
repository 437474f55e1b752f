// The analyst workspace in a real browser against the compiled API serving the built web app, walked as an LA
// analyst producing DfE-style figures would: from the service navigation, choose a measure, two dimensions, a
// period and each comparison (all in the address; Back restores the choice before), read the table, then
// download it as CSV and as Excel (read back with exceljs: a title, the header, numbers as numeric cells, text
// never a formula) and download the DfE-layout file (its header the domain's DFE_ABSENCE_COLUMNS, its rows as
// many as the API says); axe finds no serious or critical violations.
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DFE_ABSENCE_COLUMNS } from '@attendance/domain';
import ExcelJS from 'exceljs';
import type { Browser, Download, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousAccessibilityViolations } from '../support/axe.js';
import { launchBrowser, openPage } from '../support/browser.js';
import { postGraphql } from '../support/graphql-client.js';
import { startProduct, type RunningProduct } from '../support/product.js';

const screenshotPath = fileURLToPath(new URL('./screenshots/analysis.png', import.meta.url));
/** A DfE LA code the benchmark files know (Suffolk, East of England), so published figures and the DfE file exist. */
const LA_CODE = '935';
const PERIOD = { from: '2026-09-07', to: '2026-10-23' };

/** A CSV line's fields (RFC 4180 quoting, as the domain's writer quotes). */
function csvFields(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < line.length; index += 1) {
    const character = line[index]!;
    if (quoted && character === '"' && line[index + 1] === '"') {
      field += '"';
      index += 1;
    } else if (character === '"') {
      quoted = !quoted;
    } else if (character === ',' && !quoted) {
      fields.push(field);
      field = '';
    } else {
      field += character;
    }
  }
  return [...fields, field];
}

/**
 * A table cell's text as a download writes it: a rate without its %, a count without separators, a signed
 * difference without its +, "no data" as the DfE symbols z or x, a symbol without the meaning read out beside it.
 */
function asDownloaded(text: string): string | RegExp {
  if (text === 'no data') return /^[zx]$/;
  const symbol = /^([a-z]+) \(.*\)$/.exec(text);
  if (symbol) return symbol[1]!;
  if (/^[+-]?[\d,]+(\.\d)?%?$/.test(text)) return text.replace(/[%,+]/g, '');
  return text;
}

function expectSameRow(downloaded: readonly (string | number)[], shown: readonly string[]) {
  expect(downloaded).toHaveLength(shown.length);
  shown.forEach((text, index) => {
    const expected = asDownloaded(text);
    const cell = String(downloaded[index]);
    if (expected instanceof RegExp) expect(cell).toMatch(expected);
    else expect(cell).toBe(expected);
  });
}

describe('Analyst workspace in the browser', () => {
  let product: RunningProduct;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    product = await startProduct({ schools: 6, pupils: 900, seed: 20250901, environment: { LA_CODE } });
    browser = await launchBrowser();
    page = await openPage(browser);
    await page.goto(`${product.baseUrl}/`);
    await page.getByRole('link', { name: 'Analyst workspace' }).click();
    await page.getByRole('heading', { level: 1, name: 'Analyst workspace' }).waitFor({ timeout: 30_000 });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await product?.stop();
  }, 60_000);

  function figures(): Locator {
    return page.getByRole('table', { name: /^Unauthorised absence by year group and sex, / });
  }

  async function tableRows(): Promise<string[][]> {
    return figures()
      .locator('tr')
      .evaluateAll((rows) =>
        rows.map((row) => Array.from(row.children, (cell) => cell.textContent?.trim() ?? '')),
      );
  }

  async function download(button: string): Promise<Download> {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: button }).click(),
    ]);
    return file;
  }

  function search(): URLSearchParams {
    return new URL(page.url()).searchParams;
  }

  it('opens on overall absence by year group for the year to date, the LA total first', async () => {
    const table = page.getByRole('table', { name: /^Overall absence by year group, / });
    await table.waitFor({ timeout: 30_000 });
    const firstRow = await table.locator('tbody tr').first().locator('th, td').allTextContents();
    expect(firstRow.slice(0, 2)).toEqual(['Total', expect.stringMatching(/^[\d,]+$/)]);
    await expect(page.getByLabel('Measure', { exact: true }).inputValue()).resolves.toBe('overall-absence');
  });

  it('takes a measure, two dimensions and a period into the address', async () => {
    await page.getByLabel('Measure', { exact: true }).selectOption('unauthorised');
    await page.waitForURL(/[?&]measure=unauthorised/);
    await page.getByLabel('Then by', { exact: true }).selectOption('sex');
    await page.waitForURL(/[?&]by2=sex/);
    await page.getByLabel('From', { exact: true }).fill(PERIOD.from);
    await page.getByLabel('To', { exact: true }).fill(PERIOD.to);
    await page.getByRole('button', { name: 'Show this period' }).click();
    await page.waitForURL((url) => url.searchParams.get('to') === PERIOD.to);
    await figures().waitFor();
    expect(Object.fromEntries(search())).toMatchObject({
      measure: 'unauthorised',
      by: 'yearGroup',
      by2: 'sex',
      ...PERIOD,
    });
    const rows = await tableRows();
    expect(rows[0]!.slice(0, 5)).toEqual([
      'Year group',
      'Sex',
      'Enrolments',
      'Possible sessions',
      'Unauthorised absence',
    ]);
    expect(rows[1]!.slice(0, 2)).toEqual(['Total', 'Total']);
    // Each year group's subtotal, then its groups by sex.
    expect(rows.some((row) => row[0] === 'Year 7' && row[1] === 'Total')).toBe(true);
    expect(rows.some((row) => row[0] === 'Year 7' && (row[1] === 'Female' || row[1] === 'Male'))).toBe(true);
  });

  it('compares with last year, the LA total and published figures, each in the address; Back restores the one before', async () => {
    const headers = async () => (await tableRows())[0]!;

    await page.getByLabel('Compare with', { exact: true }).selectOption('last-year');
    await page.waitForURL(/[?&]comparison=last-year/);
    await expect.poll(headers).toContain('Unauthorised absence, same dates last year');

    await page.getByLabel('Compare with', { exact: true }).selectOption('la');
    await page.waitForURL(/[?&]comparison=la(&|$)/);
    await expect.poll(headers).toContain('Difference from the LA total (percentage points)');

    await page.getByLabel('Compare with', { exact: true }).selectOption('published');
    await page.waitForURL(/[?&]comparison=published/);
    await expect
      .poll(async () => (await headers()).filter((header) => / \(.*data.*\)$/i.test(header)).length)
      .toBeGreaterThan(0);
    const published = (await headers()).filter((header) => header.startsWith('Unauthorised absence, '));
    expect(published.some((header) => header.startsWith('Unauthorised absence, England ('))).toBe(true);
    expect(published.some((header) => header.startsWith('Unauthorised absence, East of England ('))).toBe(
      true,
    );
    await expect(
      page
        .getByText(/Open Government Licence/)
        .first()
        .isVisible(),
    ).resolves.toBe(true);

    await page.goBack();
    await page.waitForURL(/[?&]comparison=la(&|$)/);
    await expect.poll(() => page.getByLabel('Compare with', { exact: true }).inputValue()).toBe('la');
    await expect.poll(headers).toContain('Unauthorised absence, LA total');
    expect(Object.fromEntries(search())).toMatchObject({ by2: 'sex', ...PERIOD });
  });

  it('downloads the table as CSV: its header and rows equal the table', async () => {
    const file = await download('Download the table (CSV)');
    expect(file.suggestedFilename()).toBe(
      `attendance-unauthorised-absence-by-year-group-and-sex-${PERIOD.from}-to-${PERIOD.to}.csv`,
    );
    const lines = readFileSync(await file.path(), 'utf8')
      .trimEnd()
      .split('\n');
    const rows = await tableRows();
    expect(csvFields(lines[0]!)).toEqual(rows[0]);
    expect(lines).toHaveLength(rows.length);
    lines.slice(1).forEach((line, index) => expectSameRow(csvFields(line), rows[index + 1]!));
  });

  it('downloads the table as Excel: title, bold header, numbers as numeric cells, text never a formula', async () => {
    const file = await download('Download the table (Excel)');
    expect(file.suggestedFilename()).toMatch(
      /^attendance-unauthorised-absence-by-year-group-and-sex-.*\.xlsx$/,
    );
    const workbook = new ExcelJS.Workbook();
    // exceljs types its input as its own ArrayBuffer-based Buffer, not Node's: hand it the file's bytes.
    const bytes = readFileSync(await file.path());
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    const worksheet = workbook.worksheets[0]!;
    expect(worksheet.getCell('A1').value).toBe('Unauthorised absence by year group and sex');
    const rows = await tableRows();
    let headerRow = 0;
    worksheet.eachRow((row, number) => {
      if (row.getCell(1).value === 'Year group' && row.getCell(2).value === 'Sex') headerRow = number;
    });
    expect(headerRow).toBeGreaterThan(1);
    expect(worksheet.getRow(headerRow).values).toEqual([undefined, ...rows[0]!]);
    expect(worksheet.getRow(headerRow).font?.bold).toBe(true);
    expect(worksheet.views[0]).toMatchObject({ state: 'frozen', ySplit: headerRow });

    const total = worksheet.getRow(headerRow + 1);
    expect(total.getCell(1)).toMatchObject({ type: ExcelJS.ValueType.String, value: 'Total' });
    expect(total.getCell(3).type).toBe(ExcelJS.ValueType.Number);
    expect(total.getCell(5)).toMatchObject({ type: ExcelJS.ValueType.Number, numFmt: '0.0' });
    // Every row equals the table's, each number shown as its format shows it (rates to one place).
    rows.slice(1).forEach((shown, index) => {
      const row = worksheet.getRow(headerRow + 1 + index);
      const cells = shown.map((_text, column) => {
        const cell = row.getCell(column + 1);
        return typeof cell.value === 'number'
          ? cell.value.toFixed(cell.numFmt === '0.0' ? 1 : 0)
          : String(cell.value);
      });
      expectSameRow(cells, shown);
    });
    worksheet.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)));
  });

  it("downloads the DfE-layout file for the period with the chosen time identifier, the DfE's columns first", async () => {
    await expect(
      page.getByLabel('Time identifier in the DfE file', { exact: true }).inputValue(),
    ).resolves.toBe('Academic year');
    await page.getByLabel('Time identifier in the DfE file', { exact: true }).selectOption('Autumn term');
    await page.waitForURL(/[?&]dfeTime=Autumn/);
    const file = await download('Download the DfE-layout file (CSV)');
    const { dfeAbsenceFile } = await postGraphql<{ dfeAbsenceFile: { fileName: string; rowCount: number } }>(
      product.baseUrl,
      'query ($from: String, $to: String) { dfeAbsenceFile(from: $from, to: $to, timeIdentifier: "Autumn term") { fileName rowCount } }',
      PERIOD,
    );
    expect(file.suggestedFilename()).toBe(dfeAbsenceFile.fileName);
    const [header, ...lines] = readFileSync(await file.path(), 'utf8')
      .trimEnd()
      .split('\n');
    expect(csvFields(header!)).toEqual(DFE_ABSENCE_COLUMNS.map((column) => column.name));
    expect(lines).toHaveLength(dfeAbsenceFile.rowCount);
    expect(dfeAbsenceFile.rowCount).toBeGreaterThan(1);
    expect(new Set(lines.map((line) => csvFields(line)[1]))).toEqual(new Set(['Autumn term']));
    await expect(page.getByTestId('analysis-download-status').textContent()).resolves.toBe(
      `Downloaded ${dfeAbsenceFile.fileName} (${dfeAbsenceFile.rowCount} rows).`,
    );
  });

  it('has no serious or critical accessibility violation (axe, WCAG 2.2 AA), and saves a screenshot', async () => {
    await expectNoSeriousAccessibilityViolations(page);
    mkdirSync(dirname(screenshotPath), { recursive: true });
    await page.screenshot({ path: screenshotPath, fullPage: true });
  });
});
