// The LA overview in a real browser against the compiled API serving the built web app: checks what jsdom
// cannot (the chart draws, real keyboard sorting, the page needs nothing from another origin).
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousAccessibilityViolations } from '../support/axe.js';
import { launchBrowser, openPage } from '../support/browser.js';
import { startProduct, type RunningProduct } from '../support/product.js';

const screenshotPath = fileURLToPath(new URL('./screenshots/la-overview.png', import.meta.url));
const rateText = /^\d+\.\d%$/;

/** A rate cell as a number, or null for "no data" (which the table always sorts last). */
function rateOf(text: string): number | null {
  return rateText.test(text) ? Number.parseFloat(text) : null;
}

function isSorted(values: (number | null)[], direction: 'ascending' | 'descending'): boolean {
  const withData = values.filter((value): value is number => value !== null);
  const nullsLast = values.slice(withData.length).every((value) => value === null);
  const ordered = withData.every((value, index) => {
    const previous = withData[index - 1];
    if (previous === undefined) return true;
    return direction === 'ascending' ? previous <= value : previous >= value;
  });
  return nullsLast && ordered;
}

describe('LA overview in the browser', () => {
  let product: RunningProduct;
  let browser: Browser;
  let page: Page;
  const otherOriginRequests: string[] = [];

  beforeAll(async () => {
    product = await startProduct({ schools: 6, pupils: 900, seed: 20250901 });
    browser = await launchBrowser();
    page = await openPage(browser);
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(product.baseUrl) && !url.startsWith('data:')) otherOriginRequests.push(url);
    });
    await page.goto(`${product.baseUrl}/`);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await product?.stop();
  }, 60_000);

  function schoolTable(): Locator {
    return page.getByRole('table', { name: 'Attendance by school' });
  }

  async function schoolColumn(columnIndex: number): Promise<string[]> {
    return schoolTable()
      .locator('tbody tr')
      .evaluateAll(
        (rows, index) => rows.map((row) => row.children[index]?.textContent?.trim() ?? ''),
        columnIndex,
      );
  }

  async function columnIndexOf(header: string): Promise<number> {
    const headers = await schoolTable().locator('thead th').allTextContents();
    return headers.findIndex((text) => text.replace(/[▲▼]/g, '').trim() === header);
  }

  it('shows the headline cards with the attendance rate to one decimal place', async () => {
    await page.getByRole('heading', { level: 2, name: 'Headline figures' }).waitFor({ timeout: 30_000 });

    const attendanceCard = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { level: 3, name: 'Attendance', exact: true }) });
    const rate = (await attendanceCard.locator('.app-headline-card__rate').textContent())?.trim() ?? '';
    expect(rate).toMatch(/\d+\.\d%/);
    for (const title of [
      'Authorised absence',
      'Unauthorised absence',
      'Persistent absence',
      'Severe absence',
    ]) {
      await expect(page.getByRole('heading', { level: 3, name: title, exact: true }).count()).resolves.toBe(
        1,
      );
    }
    await expect(page.getByText('Data as of', { exact: true }).count()).resolves.toBe(1);
  });

  it('draws the weekly trend lines', async () => {
    const line = page.locator('.app-weekly-trend-chart svg path.recharts-line-curve').first();
    await line.waitFor({ timeout: 10_000 });

    const path = await line.getAttribute('d');
    expect(path).toMatch(/^M\s?-?[\d.]+/);
    await expect(page.locator('.app-weekly-trend-chart svg path.recharts-line-curve').count()).resolves.toBe(
      3,
    );
  });

  it('sorts the schools by attendance with the mouse and the keyboard', async () => {
    const urnIndex = await columnIndexOf('URN');
    const attendanceIndex = await columnIndexOf('Attendance');
    const initialUrns = await schoolColumn(urnIndex);
    expect(initialUrns.length).toBeGreaterThan(1);

    const attendanceHeader = page.getByRole('columnheader', { name: 'Attendance', exact: true });
    const attendanceButton = attendanceHeader.getByRole('button');
    await attendanceButton.click();
    await expect(attendanceHeader.getAttribute('aria-sort')).resolves.toBe('ascending');
    const ascendingUrns = await schoolColumn(urnIndex);
    expect(isSorted((await schoolColumn(attendanceIndex)).map(rateOf), 'ascending')).toBe(true);

    await attendanceButton.focus();
    await page.keyboard.press('Enter');
    await expect(attendanceHeader.getAttribute('aria-sort')).resolves.toBe('descending');
    const descendingUrns = await schoolColumn(urnIndex);
    expect(isSorted((await schoolColumn(attendanceIndex)).map(rateOf), 'descending')).toBe(true);

    expect(descendingUrns).not.toEqual(ascendingUrns);
    expect(ascendingUrns.join() !== initialUrns.join() || descendingUrns.join() !== initialUrns.join()).toBe(
      true,
    );

    await page.keyboard.press('Space');
    await expect(attendanceHeader.getAttribute('aria-sort')).resolves.toBe('ascending');
  });

  it('has no serious or critical accessibility violation (axe, WCAG 2.2 AA)', async () => {
    await expectNoSeriousAccessibilityViolations(page);
  });

  it('answers an address that is no page with "Page not found", from the app itself', async () => {
    const other = await openPage(browser);
    try {
      const response = await other.goto(`${product.baseUrl}/no/such/page`);
      expect(response?.status()).toBe(200);
      await other.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor({ timeout: 15_000 });
      await expect(other.title()).resolves.toBe('Page not found - Attendance Insight');
    } finally {
      await other.close();
    }
  });

  it('loads everything from its own origin and saves a screenshot', async () => {
    expect(otherOriginRequests).toEqual([]);

    mkdirSync(dirname(screenshotPath), { recursive: true });
    await page.screenshot({ path: screenshotPath, fullPage: true });
  });
});
