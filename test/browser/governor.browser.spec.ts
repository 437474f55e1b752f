// The governor view and the termly governors' report in a real browser against the compiled API serving the
// built web app, walked as a school governor would: choose the school, read its headline against the LA,
// region and England and its cohorts against the LA (the social care cohorts also against England's published
// figure), every figure published (suppressed cells as their symbol, explained in a key), no pupil named or
// linked; choose a term (in the address, Back restores it); open the report and print it to PDF. pdfjs-dist is not installed, so the PDF's text layer is not read: the print
// layout is checked in the print-media DOM (emulateMedia('print')) and the PDF by its header and page count.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousAccessibilityViolations } from '../support/axe.js';
import { pdfPageTexts } from '../support/pdf-text.js';
import { launchBrowser, openPage } from '../support/browser.js';
import { postGraphql } from '../support/graphql-client.js';
import { startProduct, type RunningProduct } from '../support/product.js';

const screenshotPath = fileURLToPath(new URL('./screenshots/governor.png', import.meta.url));
const reportScreenshotPath = fileURLToPath(new URL('./screenshots/governor-report.png', import.meta.url));
const reportPdfPath = fileURLToPath(new URL('./screenshots/governor-report.pdf', import.meta.url));
const UPN_PATTERN = /[A-HJ-NP-RT-Z]\d{11}[A-HJ-NP-Z\d]/;

interface ChosenSchool {
  urn: string;
  name: string;
  /** The school's published overall absence for the academic year to date, as the API publishes it. */
  overallAbsence: string;
}

/** The smallest school (its cohorts have the most suppressed cells) and its published headline. */
async function smallestSchool(baseUrl: string): Promise<ChosenSchool> {
  const { laOverview } = await postGraphql<{
    laOverview: { schools: { urn: string; name: string; measures: { enrolments: number } }[] };
  }>(baseUrl, 'query { laOverview { schools(limit: 1000) { urn name measures { enrolments } } } }');
  const [school] = [...laOverview.schools].sort((a, b) => a.measures.enrolments - b.measures.enrolments);
  if (!school) throw new Error('the generated LA has no school');
  const { publishedCohortMeasures } = await postGraphql<{
    publishedCohortMeasures: {
      rows: { all: boolean[]; figures: { name: string; figure: { value: number | null } }[] }[];
    };
  }>(
    baseUrl,
    'query ($urn: String!) { publishedCohortMeasures(urn: $urn, dimensions: [yearGroup]) { rows { all figures { name figure { value } } } } }',
    { urn: school.urn },
  );
  const total = publishedCohortMeasures.rows.find((row) => row.all.every(Boolean));
  const value = total?.figures.find((figure) => figure.name === 'sess_overall_percent')?.figure.value;
  if (value === null || value === undefined) throw new Error('the school has no published overall absence');
  return { urn: school.urn, name: school.name, overallAbsence: `${value.toFixed(1)}%` };
}

describe('Governor view and report in the browser', () => {
  let product: RunningProduct;
  let browser: Browser;
  let page: Page;
  let school: ChosenSchool;

  beforeAll(async () => {
    product = await startProduct({ schools: 6, pupils: 900, seed: 20250901 });
    school = await smallestSchool(product.baseUrl);
    browser = await launchBrowser();
    page = await openPage(browser);
    await page.goto(`${product.baseUrl}/`);
    await page.getByRole('link', { name: 'Governor view' }).click();
    await page.getByRole('heading', { level: 1, name: 'Governor view' }).waitFor({ timeout: 30_000 });
    await page.getByRole('link', { name: school.name, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: school.name }).waitFor({ timeout: 30_000 });
    await page.getByRole('table', { name: /^By ethnicity/ }).waitFor({ timeout: 30_000 });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await product?.stop();
  }, 60_000);

  it('shows the headline against the LA, region and England from published figures', async () => {
    expect(page.url()).toBe(`${product.baseUrl}/governors/${school.urn}`);
    const headline = page.getByRole('table', { name: /^Headline figures/ });
    const areas = await headline.locator('tbody th').allTextContents();
    expect(areas[0]).toBe(school.name);
    expect(areas[1]).toBe('Synthetic Borough Council');
    expect(areas[2]).toBe('Region: not published for this LA');
    expect(areas[3]).toMatch(/^England, [a-z]+ schools$/);
    const schoolRow = await headline.locator('tbody tr').first().locator('td').allTextContents();
    expect(schoolRow[1]).toBe(school.overallAbsence);
    const englandRow = await headline.locator('tbody tr').nth(3).locator('td').allTextContents();
    expect(englandRow[1]).toMatch(/^\d+\.\d%$/);
  });

  it('shows every cohort beside the LA, suppressed cells as their symbol, explained in a key', async () => {
    for (const title of [
      'By year group',
      'By special educational needs',
      'By free school meals eligibility',
      'By social worker involvement: child in need',
      'By social worker involvement: child protection plan',
      'By social worker involvement: looked after',
    ]) {
      await page.getByRole('table', { name: new RegExp(`^${title}`) }).waitFor();
    }
    const suppressed = page.locator('td', { hasText: /^c \(Suppressed to protect confidentiality\.\)$/ });
    expect(await suppressed.count()).toBeGreaterThan(0);
    await expect(page.locator('dt', { hasText: /^c$/ }).count()).resolves.toBeGreaterThan(0);
    await expect(
      page.getByText('Suppressed to protect confidentiality.', { exact: true }).count(),
    ).resolves.toBeGreaterThan(0);
  });

  it("sets England's published figure for children in need beside the school's and LA's, labelled", async () => {
    const { schoolOverview } = await postGraphql<{
      schoolOverview: {
        comparisons: {
          socialCare: {
            group: string;
            level: string;
            academicYear: string;
            overallAbsenceRate: { value: number | null; symbol: string | null };
          }[];
        };
      };
    }>(
      product.baseUrl,
      'query ($urn: String!) { schoolOverview(urn: $urn) { comparisons { socialCare { group level academicYear overallAbsenceRate { value symbol } } } } }',
      { urn: school.urn },
    );
    const england = schoolOverview.comparisons.socialCare.find(
      (entry) => entry.group === 'CIN' && entry.level === 'ENGLAND',
    );
    if (!england?.overallAbsenceRate.value) throw new Error('England has no published CIN figure');
    const cin = page.getByRole('table', { name: /^By social worker involvement: child in need/ });
    const headers = await cin.locator('thead th').allTextContents();
    const column = headers.indexOf(
      `Overall absence: England, ${england.academicYear} full academic year, annual school census`,
    );
    expect(column).toBeGreaterThan(0);
    const rowCells = async (label: string) =>
      cin
        .locator('tbody tr', { has: page.locator('th', { hasText: new RegExp(`^${label}$`) }) })
        .locator('td')
        .allTextContents();
    // The header cell is the row's first: its data cells start one column later.
    expect((await rowCells('Child in need'))[column - 1]).toBe(
      `${england.overallAbsenceRate.value.toFixed(1)}%`,
    );
    expect((await rowCells('Not a child in need'))[column - 1]).toBe('x (Not available.)');
    await expect(page.getByTestId('published-note-cin').textContent()).resolves.toMatch(
      /^England: the Department for Education's published figures .*annual school census/,
    );
    await expect(
      page
        .getByText(
          /For children in need, on a child protection plan and looked after the DfE publishes England/,
        )
        .count(),
    ).resolves.toBe(1);
  });

  it('shows aggregates only: no pupil link, no UPN anywhere on the page', async () => {
    const hrefs = await page
      .locator('a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(hrefs.filter((href) => href.includes('/pupils/'))).toEqual([]);
    expect(await page.locator('main').textContent()).not.toMatch(UPN_PATTERN);
  });

  it('keeps the chosen term in the address, and Back returns to the year to date', async () => {
    await page.getByLabel('Period').selectOption('autumn-2026');
    await page.waitForURL(/[?&]term=autumn-2026/);
    await page.getByRole('table', { name: /^Headline figures, Autumn term 2026\/27/ }).waitFor();
    await page.goBack();
    await page.waitForURL((url) => !url.search.includes('term='));
    await page.getByRole('table', { name: /^Headline figures, academic year 2026\/27 to date/ }).waitFor();
  });

  it('has no serious or critical accessibility violation (axe, WCAG 2.2 AA) and saves a screenshot', async () => {
    await expectNoSeriousAccessibilityViolations(page);
    mkdirSync(dirname(screenshotPath), { recursive: true });
    await page.screenshot({ path: screenshotPath, fullPage: true });
  });

  it('prints the termly report to PDF with the headline figures first, without the navigation', async () => {
    await page.getByRole('link', { name: /Termly governors' report/ }).click();
    await page.waitForURL(new RegExp(`/governors/${school.urn}/report\\?term=autumn-2026`));
    await page.getByRole('heading', { level: 1, name: `${school.name}: Autumn term 2026/27` }).waitFor();
    await page.getByRole('table', { name: /^By ethnicity/ }).waitFor({ timeout: 30_000 });
    await expect(page.getByRole('button', { name: 'Print or save as PDF' }).count()).resolves.toBe(1);
    await expectNoSeriousAccessibilityViolations(page);
    mkdirSync(dirname(reportScreenshotPath), { recursive: true });
    await page.screenshot({ path: reportScreenshotPath, fullPage: true });

    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.govuk-service-navigation').isVisible()).resolves.toBe(false);
    await expect(page.getByRole('button', { name: 'Print or save as PDF' }).isVisible()).resolves.toBe(false);
    const firstSection = page.locator('.app-report-section').first();
    await expect(firstSection.getByRole('heading', { level: 2 }).textContent()).resolves.toBe(
      'Headline figures',
    );
    const headline = firstSection.getByRole('table', { name: /^Headline figures, Autumn term 2026\/27/ });
    const schoolRow = await headline.locator('tbody tr').first().locator('td').allTextContents();
    expect(schoolRow[1]).toMatch(/^\d+\.\d%$/);
    const footer = page.getByTestId('report-footer');
    await expect(footer.evaluate((element) => getComputedStyle(element).position)).resolves.toBe('fixed');
    await expect(footer.textContent()).resolves.toMatch(
      /Source: Synthetic Borough Council.*20 November 2026/,
    );

    const pdf = await page.pdf({ format: 'A4', printBackground: true, path: reportPdfPath });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pages = await pdfPageTexts(pdf);
    // The headline, eight cohorts and the notes each start a page.
    expect(pages.length).toBeGreaterThanOrEqual(10);
    // The PDF itself opens with the report's title and the headline table, the school's published overall
    // absence in it, and carries no navigation.
    expect(pages[0]).toContain(`${school.name}: Autumn term 2026/27`);
    expect(pages[0]).toContain('Headline figures');
    expect(pages[0]).toContain(school.overallAbsence);
    expect(pages.join(' ')).not.toContain('Analyst workspace');
    expect(pages.at(-1)).toMatch(/Source: Synthetic Borough Council/);
    await page.emulateMedia({ media: 'screen' });
  });
});
