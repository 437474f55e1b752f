// The LA overview in a real browser against the compiled API serving the built web app, walked as an LA
// officer would: the headline cards with their changes and published gaps, the trend with its half terms, the
// schools table filtered and sorted with the state in the address (Back restores the previous view), a school
// opened from it; and what jsdom cannot check (the chart draws, real keyboard sorting, axe on the rendered page,
// nothing loaded from another origin).
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

  it('gives each card its change since last week and last year, and its gaps with their sources', async () => {
    const change = /^(up|down) \d+\.\d percentage points$|^no change/;
    for (const title of ['Attendance', 'Unauthorised absence', 'Persistent absence']) {
      const card = page
        .getByRole('listitem')
        .filter({ has: page.getByRole('heading', { level: 3, name: title, exact: true }) });
      const lines = await card.locator('.app-headline-card__comparison').evaluateAll((items) =>
        items.map((item) => ({
          label: item.querySelector('dt')?.textContent?.trim() ?? '',
          text: item.querySelector('dd')?.firstChild?.textContent?.trim() ?? '',
          source: item.querySelector('.app-headline-card__source')?.textContent?.trim() ?? '',
        })),
      );
      const line = (label: string | RegExp) =>
        lines.find((item) => (typeof label === 'string' ? item.label === label : label.test(item.label)));

      const lastWeek = line('Since last week');
      expect(lastWeek?.text, title).toMatch(change);
      expect(lastWeek?.source, title).toMatch(/^Compared with \d{1,2} \w+ \d{4} to \d{1,2} \w+ \d{4}$/);
      // The demo LA holds one academic year: the card says so rather than showing a change.
      expect(line('Since the same point last year')?.text, title).toBe('no data last year');

      const gaps = lines.filter((item) => item.label.startsWith('Gap to '));
      expect(gaps.length, title).toBeGreaterThanOrEqual(2);
      expect(line(/^Gap to England \(/), title).toBeDefined();
      for (const gap of gaps) {
        expect(gap.text, gap.label).toMatch(/percentage points (higher|lower)$|^the same|^published as /);
        expect(gap.source, gap.label).toMatch(/^DfE .+, \d{4}\/\d{2}, /);
      }
    }
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

  it('shades and labels the LA half terms behind the trend', async () => {
    const chart = page.locator('.app-weekly-trend-chart svg');
    const bands = chart.locator('.recharts-reference-area-rect');
    await expect(bands.count()).resolves.toBeGreaterThan(0);
    const box = await bands.first().boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(0);
    expect(box?.height ?? 0).toBeGreaterThan(0);
    const labels = await chart
      .locator('text')
      .filter({ hasText: /^(Autumn|Spring|Summer) [12]$/ })
      .allTextContents();
    expect(labels).toHaveLength(await bands.count());
    expect(new Set(labels).size).toBe(labels.length);
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

  it('keeps the order in the address', () => {
    const search = new URL(page.url()).searchParams;
    expect(search.get('sort')).toBe('attendance');
    expect(search.get('direction')).toBe('ascending');
  });

  it('filters the schools by phase, sorts them, and goes Back to each earlier view', async () => {
    const phaseIndex = await columnIndexOf('Phase');
    const urnIndex = await columnIndexOf('URN');
    const allUrns = await schoolColumn(urnIndex);
    const phases = [...new Set(await schoolColumn(phaseIndex))].sort();
    expect(phases.length).toBeGreaterThan(1);
    const phase = phases[0] as string;
    const status = page.getByRole('status').filter({ hasText: /^Showing / });

    await page.getByLabel('Phase', { exact: true }).selectOption(phase);
    await page.waitForURL((url) => url.searchParams.get('phase') === phase);
    const filteredPhases = await schoolColumn(phaseIndex);
    expect(filteredPhases.length).toBeGreaterThan(0);
    expect(filteredPhases.length).toBeLessThan(allUrns.length);
    expect(new Set(filteredPhases)).toEqual(new Set([phase]));
    await expect(status.textContent()).resolves.toBe(
      `Showing ${filteredPhases.length} of ${allUrns.length} schools.`,
    );
    // The filter keeps the order chosen before it.
    expect(new URL(page.url()).searchParams.get('sort')).toBe('attendance');

    const persistentHeader = page.getByRole('columnheader', { name: 'Persistent absence', exact: true });
    await persistentHeader.getByRole('button').click();
    await page.waitForURL((url) => url.searchParams.get('sort') === 'persistent');
    const address = new URL(page.url()).searchParams;
    expect(address.get('phase')).toBe(phase);
    expect(address.get('direction')).toBe('ascending');
    await expect(persistentHeader.getAttribute('aria-sort')).resolves.toBe('ascending');
    const persistentIndex = await columnIndexOf('Persistent absence');
    expect(isSorted((await schoolColumn(persistentIndex)).map(rateOf), 'ascending')).toBe(true);

    // A copy of the address opens the same view.
    const copy = await openPage(browser);
    try {
      await copy.goto(page.url());
      const copiedHeader = copy.getByRole('columnheader', { name: 'Persistent absence', exact: true });
      await copiedHeader.waitFor({ timeout: 30_000 });
      await expect(copiedHeader.getAttribute('aria-sort')).resolves.toBe('ascending');
      await expect(copy.getByLabel('Phase', { exact: true }).inputValue()).resolves.toBe(phase);
    } finally {
      await copy.context().close();
    }

    await page.goBack();
    await page.waitForURL((url) => url.searchParams.get('sort') === 'attendance');
    expect(new URL(page.url()).searchParams.get('phase')).toBe(phase);
    await expect(
      page.getByRole('columnheader', { name: 'Attendance', exact: true }).getAttribute('aria-sort'),
    ).resolves.toBe('ascending');

    await page.goBack();
    await page.waitForURL((url) => !url.searchParams.has('phase'));
    await expect(page.getByLabel('Phase', { exact: true }).inputValue()).resolves.toBe('');
    await expect(schoolColumn(urnIndex)).resolves.toHaveLength(allUrns.length);
  });

  it('opens a school from its name and comes back to the same view', async () => {
    const overviewAddress = page.url();
    const urnIndex = await columnIndexOf('URN');
    const [urn] = await schoolColumn(urnIndex);
    const row = schoolTable()
      .locator('tbody tr')
      .filter({ has: page.getByText(urn ?? '', { exact: true }) });
    const link = row.getByRole('link');
    const name = (await link.textContent())?.trim() ?? '';
    expect(name).not.toBe('');

    await link.click();
    await page.waitForURL((url) => url.pathname === `/schools/${urn}`);
    await page.getByRole('heading', { level: 1, name }).waitFor({ timeout: 30_000 });
    await expect(page.title()).resolves.toBe(`${name} - Attendance Insight`);

    await page.goBack();
    await page.waitForURL(overviewAddress);
    await schoolTable().waitFor({ timeout: 30_000 });
  });

  it('fits the schools table in the page without scrolling it sideways', async () => {
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
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
