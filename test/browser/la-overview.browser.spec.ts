// The LA overview in a real browser against the compiled API serving the built web app, walked as an LA
// officer would: the headline cards with their changes and published gaps, the trend with its half terms, the
// schools table filtered and sorted by the API a page at a time with the state in the address (Back restores
// the previous view), a school opened from it; and what jsdom cannot check (the chart draws, real keyboard sorting, axe on the rendered page,
// nothing loaded from another origin).
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Locator, Page, Request } from 'playwright-core';
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

interface SchoolPageBody {
  operationName: string;
  variables: Record<string, unknown>;
}

function isSchoolPageRequest(request: Request): boolean {
  return (
    request.method() === 'POST' && (request.postData() ?? '').includes('"operationName":"LaOverviewSchools"')
  );
}

function schoolTableOf(page: Page): Locator {
  return page.getByRole('table', { name: 'Attendance by school' });
}

/** Waits for the page of schools the address asks for: the previous one stays shown while it loads. */
async function schoolsLoadedIn(page: Page): Promise<void> {
  await page
    .locator('div[aria-busy="false"]')
    .filter({ has: schoolTableOf(page) })
    .waitFor({ timeout: 30_000 });
}

/** Does something that asks the API for another page of schools, and waits until that page is shown. */
async function loadingSchoolsIn(page: Page, action: () => Promise<unknown>): Promise<void> {
  const answered = page.waitForResponse((response) => isSchoolPageRequest(response.request()), {
    timeout: 30_000,
  });
  await action();
  await answered;
  await schoolsLoadedIn(page);
}

async function schoolColumnOf(page: Page, columnIndex: number): Promise<string[]> {
  return schoolTableOf(page)
    .locator('tbody tr')
    .evaluateAll(
      (rows, index) => rows.map((row) => row.children[index]?.textContent?.trim() ?? ''),
      columnIndex,
    );
}

async function columnIndexIn(page: Page, header: string): Promise<number> {
  const headers = await schoolTableOf(page).locator('thead th').allTextContents();
  return headers.findIndex((text) => text.replace(/[▲▼]/g, '').trim() === header);
}

describe('LA overview in the browser', () => {
  let product: RunningProduct;
  let browser: Browser;
  let page: Page;
  const otherOriginRequests: string[] = [];
  /** The variables of every request for a page of schools, in order. */
  const schoolPageRequests: Record<string, unknown>[] = [];

  beforeAll(async () => {
    product = await startProduct({ schools: 6, pupils: 900, seed: 20250901 });
    browser = await launchBrowser();
    page = await openPage(browser);
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(product.baseUrl) && !url.startsWith('data:')) otherOriginRequests.push(url);
      const body = isSchoolPageRequest(request) ? (request.postDataJSON() as SchoolPageBody) : undefined;
      if (body) schoolPageRequests.push(body.variables);
    });
    await page.goto(`${product.baseUrl}/`);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await product?.stop();
  }, 60_000);

  const schoolTable = () => schoolTableOf(page);
  const schoolsLoaded = () => schoolsLoadedIn(page);
  const loadingSchools = (action: () => Promise<unknown>) => loadingSchoolsIn(page, action);
  const schoolColumn = (columnIndex: number) => schoolColumnOf(page, columnIndex);
  const columnIndexOf = (header: string) => columnIndexIn(page, header);

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
    await schoolsLoaded();
    const urnIndex = await columnIndexOf('URN');
    const attendanceIndex = await columnIndexOf('Attendance');
    const initialUrns = await schoolColumn(urnIndex);
    expect(initialUrns.length).toBeGreaterThan(1);

    const attendanceHeader = page.getByRole('columnheader', { name: 'Attendance', exact: true });
    const attendanceButton = attendanceHeader.getByRole('button');
    await loadingSchools(() => attendanceButton.click());
    await expect(attendanceHeader.getAttribute('aria-sort')).resolves.toBe('ascending');
    const ascendingUrns = await schoolColumn(urnIndex);
    expect(isSorted((await schoolColumn(attendanceIndex)).map(rateOf), 'ascending')).toBe(true);

    await attendanceButton.focus();
    await loadingSchools(() => page.keyboard.press('Enter'));
    await expect(attendanceHeader.getAttribute('aria-sort')).resolves.toBe('descending');
    const descendingUrns = await schoolColumn(urnIndex);
    expect(isSorted((await schoolColumn(attendanceIndex)).map(rateOf), 'descending')).toBe(true);

    expect(descendingUrns).not.toEqual(ascendingUrns);
    expect(ascendingUrns.join() !== initialUrns.join() || descendingUrns.join() !== initialUrns.join()).toBe(
      true,
    );

    await page.keyboard.press('Space');
    await expect(attendanceHeader.getAttribute('aria-sort')).resolves.toBe('ascending');
    await schoolsLoaded();
  });

  it('offers sorting only by the columns the API sorts by', async () => {
    const sortable = await schoolTable()
      .locator('thead th')
      .evaluateAll((headers) =>
        headers
          .filter((header) => header.querySelector('button'))
          .map((header) => header.textContent?.replace(/[▲▼]/g, '').trim()),
      );
    expect(sortable).toEqual([
      'School',
      'Attendance',
      'Persistent absence',
      'Severe absence',
      '4-week change',
      'At penalty notice threshold',
      'CME flags (3+ days)',
      'Latest data',
    ]);
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

    await loadingSchools(() => page.getByLabel('Phase', { exact: true }).selectOption(phase));
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
    await loadingSchools(() => persistentHeader.getByRole('button').click());
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
      await copy
        .locator('div[aria-busy="false"]')
        .filter({ has: copy.getByRole('table') })
        .waitFor();
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
    await schoolsLoaded();
    await expect(schoolColumn(urnIndex)).resolves.toHaveLength(allUrns.length);
  });

  it('asks the API for one page of 50 schools with the filters and order of the address', async () => {
    // The demo LA has fewer than 50 schools: one page, so no page links.
    const status = await page
      .getByRole('status')
      .filter({ hasText: /^Showing / })
      .textContent();
    expect(Number(/^Showing \d+ of (\d+) schools\.$/.exec(status ?? '')?.[1])).toBeLessThanOrEqual(50);
    await expect(page.getByRole('navigation', { name: 'Schools pages' }).count()).resolves.toBe(0);

    expect(schoolPageRequests.length).toBeGreaterThan(0);
    for (const variables of schoolPageRequests) {
      expect(variables).toMatchObject({ limit: 50, offset: 0 });
    }
    expect(schoolPageRequests[0]).toEqual({ sort: 'NAME', descending: false, limit: 50, offset: 0 });
    expect(schoolPageRequests).toContainEqual(
      expect.objectContaining({ phase: expect.any(String), sort: 'PERSISTENT_ABSENCE', descending: false }),
    );
    expect(schoolPageRequests).toContainEqual(
      expect.objectContaining({ sort: 'ATTENDANCE', descending: true }),
    );
  });

  it('offers a way back from a page past the last one', async () => {
    const other = await openPage(browser);
    try {
      await other.goto(`${product.baseUrl}/?page=2`);
      await other.getByText('There are no schools on page 2.').waitFor({ timeout: 30_000 });
      await other.getByRole('link', { name: 'Go to the first page' }).click();
      await other.getByRole('table', { name: 'Attendance by school' }).waitFor({ timeout: 30_000 });
      expect(new URL(other.url()).searchParams.get('page')).toBe('1');
    } finally {
      await other.context().close();
    }
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

// More schools than a page (50): an officer sorts by the pupils at the penalty-notice threshold, most first,
// to pick the schools to act on, reads on to page 2 and comes Back. The order runs on across the pages
// because the API sorts every school before it pages them.
describe('LA overview in the browser: sorted by penalty-notice pupils across pages', () => {
  let product: RunningProduct;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    product = await startProduct({ schools: 56, pupils: 2240, seed: 20250902 });
    browser = await launchBrowser();
    page = await openPage(browser);
    await page.goto(`${product.baseUrl}/`);
    await schoolsLoadedIn(page);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await product?.stop();
  }, 60_000);

  const counts = async () => {
    const index = await columnIndexIn(page, 'At penalty notice threshold');
    return (await schoolColumnOf(page, index)).map((text) => Number(text.replace(/,/g, '')));
  };
  const isDescending = (values: number[]) => values.every((value, i) => i === 0 || values[i - 1]! >= value);

  it('sorts by the pupils at the penalty-notice threshold, most first, with the order in the address', async () => {
    const header = page.getByRole('columnheader', { name: 'At penalty notice threshold', exact: true });
    await loadingSchoolsIn(page, () => header.getByRole('button').click());
    await loadingSchoolsIn(page, () => header.getByRole('button').click());
    await page.waitForURL((url) => url.searchParams.get('direction') === 'descending');
    expect(new URL(page.url()).searchParams.get('sort')).toBe('penalty-notice');
    await expect(header.getAttribute('aria-sort')).resolves.toBe('descending');

    const firstPage = await counts();
    expect(firstPage).toHaveLength(50);
    expect(firstPage.every(Number.isInteger)).toBe(true);
    expect(isDescending(firstPage)).toBe(true);
    expect(firstPage[0]).toBeGreaterThan(firstPage.at(-1)!);
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: /^Showing / })
        .textContent(),
    ).resolves.toBe('Showing 56 of 56 schools. Page 1 of 2: schools 1 to 50.');
  });

  it('goes on to page 2 in the same order, and Back returns to page 1', async () => {
    const urnIndex = await columnIndexIn(page, 'URN');
    const firstUrns = await schoolColumnOf(page, urnIndex);
    const firstCounts = await counts();

    const pages = page.getByRole('navigation', { name: 'Schools pages' });
    await loadingSchoolsIn(page, () => pages.getByRole('link', { name: 'Next page' }).click());
    await page.waitForURL((url) => url.searchParams.get('page') === '2');
    const address = new URL(page.url()).searchParams;
    expect([address.get('sort'), address.get('direction')]).toEqual(['penalty-notice', 'descending']);
    const secondCounts = await counts();
    expect(secondCounts).toHaveLength(6);
    expect(isDescending([...firstCounts, ...secondCounts])).toBe(true);
    const secondUrns = await schoolColumnOf(page, urnIndex);
    expect(secondUrns.filter((urn) => firstUrns.includes(urn))).toEqual([]);
    await expect(pages.getByRole('link', { name: 'Page 2' }).getAttribute('aria-current')).resolves.toBe(
      'page',
    );

    await page.goBack();
    await page.waitForURL((url) => url.searchParams.get('page') !== '2');
    await schoolsLoadedIn(page);
    await expect(schoolColumnOf(page, urnIndex)).resolves.toEqual(firstUrns);
    await expect(
      page
        .getByRole('columnheader', { name: 'At penalty notice threshold', exact: true })
        .getAttribute('aria-sort'),
    ).resolves.toBe('descending');
  });

  it('has no serious or critical accessibility violation with the page links', async () => {
    await expectNoSeriousAccessibilityViolations(page);
  });
});
