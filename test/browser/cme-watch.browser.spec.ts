// The CME watch in a real browser against the compiled API serving the built web app, walked as the LA's
// children-missing-education officer would: the milestone counts, the list with who to contact at each school,
// filtered by milestone and paged with both in the address (Back restores each), pupils linked by the store's
// id and never by UPN, and axe finds no serious or critical violations.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousAccessibilityViolations } from '../support/axe.js';
import { launchBrowser, openPage } from '../support/browser.js';
import { postGraphql } from '../support/graphql-client.js';
import { startProduct, type RunningProduct } from '../support/product.js';

const screenshotPath = fileURLToPath(new URL('./screenshots/cme-watch.png', import.meta.url));
/** The CME watch's page length (apps/web/src/pages/cme-watch/use-cme-watch.ts). */
const PAGE_LENGTH = 25;
const UPN_PATTERN = /[A-HJ-NP-RT-Z]\d{11}[A-HJ-NP-Z\d]/;

type Reached = Record<'day3' | 'day6' | 'day10' | 'day20', { length: number }>;

describe('CME watch in the browser', () => {
  let product: RunningProduct;
  let browser: Browser;
  let page: Page;
  let reached: Reached;

  beforeAll(async () => {
    // 20 schools of 8,000 pupils: enough children at day 3 for a second page of the list.
    product = await startProduct({ schools: 20, pupils: 8000, seed: 20250901 });
    reached = await postGraphql<Reached>(
      product.baseUrl,
      `query { day3: cmeMilestoneList(milestone: 3, limit: 1) { length }
        day6: cmeMilestoneList(milestone: 6, limit: 1) { length }
        day10: cmeMilestoneList(milestone: 10, limit: 1) { length }
        day20: cmeMilestoneList(milestone: 20, limit: 1) { length } }`,
    );
    browser = await launchBrowser();
    page = await openPage(browser);
    await page.goto(`${product.baseUrl}/`);
    await page.getByRole('link', { name: 'CME watch' }).click();
    await page.getByRole('heading', { level: 1, name: 'Children missing education watch' }).waitFor({
      timeout: 30_000,
    });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await product?.stop();
  }, 60_000);

  function list(): Locator {
    return page.getByRole('table', { name: 'Children at a CME milestone' });
  }

  async function summaryCounts(): Promise<string[][]> {
    const rows = page.getByRole('table', { name: 'Children at each milestone' }).locator('tbody tr');
    return rows.evaluateAll((elements) =>
      elements.map((row) => Array.from(row.children, (cell) => cell.textContent?.trim() ?? '')),
    );
  }

  it('shows the data date and how many children are at each milestone', async () => {
    expect(reached.day3.length).toBeGreaterThan(PAGE_LENGTH);
    await expect(page.getByTestId('cme-data-as-of').textContent()).resolves.toMatch(
      /^Data as of 20 November 2026/,
    );
    const counts = await summaryCounts();
    expect(counts.map((row) => row[0]?.replace(/Shown$/, ''))).toEqual([
      'Day 3',
      'Day 6',
      'Day 10',
      'Day 20',
    ]);
    expect(counts.map((row) => Number(row[2]))).toEqual([
      reached.day3.length,
      reached.day6.length,
      reached.day10.length,
      reached.day20.length,
    ]);
    expect(counts.map((row) => Number(row[1]))).toEqual([
      reached.day3.length - reached.day6.length,
      reached.day6.length - reached.day10.length,
      reached.day10.length - reached.day20.length,
      reached.day20.length,
    ]);
  });

  it('lists a page of children with their school and who to contact, linked by pupil id, never by UPN', async () => {
    const rows = list().locator('tbody tr');
    await expect(rows.count()).resolves.toBe(PAGE_LENGTH);
    const contact = await rows.first().locator('td').last().textContent();
    expect(contact).toMatch(/@[a-z-]+\.example/);
    expect(contact).toMatch(/01632 960\d{3}/);
    const hrefs = await list()
      .locator('tbody th a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    for (const href of hrefs) expect(href).toMatch(/^\/schools\/\d{6}\/pupils\/\d+$/);
    expect(hrefs.some((href) => UPN_PATTERN.test(href))).toBe(false);
  });

  it('pages through the list with the page in the address, and Back returns to page 1', async () => {
    const firstPage = await list().locator('tbody th').allTextContents();
    await page
      .getByRole('navigation', { name: 'CME list pages' })
      .getByRole('link', { name: 'Page 2' })
      .click();
    await page.waitForURL(/[?&]page=2/);
    await expect.poll(() => page.getByText(/, page 2 of 2\./).count()).toBe(1);
    await expect.poll(() => list().locator('tbody tr').count()).toBe(reached.day3.length - PAGE_LENGTH);
    const secondPage = await list().locator('tbody th').allTextContents();
    expect(secondPage.some((upn) => firstPage.includes(upn))).toBe(false);

    await page.goBack();
    await page.waitForURL((url) => !url.search.includes('page=2'));
    await expect.poll(() => list().locator('tbody tr').count()).toBe(PAGE_LENGTH);
  });

  it('filters to a milestone from the summary and the select, both in the address; Back undoes each', async () => {
    await page
      .getByRole('table', { name: 'Children at each milestone' })
      .getByRole('link', { name: 'Day 10' })
      .click();
    await page.waitForURL(/[?&]milestone=10/);
    await page.getByRole('heading', { level: 2, name: 'Children at day 10 or beyond' }).waitFor();
    await expect.poll(() => list().locator('tbody tr').count()).toBe(reached.day10.length);
    const days = await list().locator('tbody tr td:nth-child(4)').allTextContents();
    for (const text of days) expect(Number.parseInt(text, 10)).toBeGreaterThanOrEqual(10);

    await page.getByLabel('Milestone', { exact: true }).selectOption('20');
    await page.waitForURL(/[?&]milestone=20/);
    await expect.poll(() => list().locator('tbody tr').count()).toBe(reached.day20.length);

    await page.goBack();
    await page.waitForURL(/[?&]milestone=10/);
    await expect.poll(() => page.getByLabel('Milestone', { exact: true }).inputValue()).toBe('10');
    await expect.poll(() => list().locator('tbody tr').count()).toBe(reached.day10.length);
  });

  it('has no serious or critical accessibility violation (axe, WCAG 2.2 AA)', async () => {
    await expectNoSeriousAccessibilityViolations(page);
  });

  it("opens a child's pupil page by the store's id and saves a screenshot of the watch", async () => {
    await page.goto(`${product.baseUrl}/cme`);
    await list().waitFor({ timeout: 30_000 });
    mkdirSync(dirname(screenshotPath), { recursive: true });
    await page.screenshot({ path: screenshotPath, fullPage: true });

    const firstPupil = list().locator('tbody th a').first();
    const href = (await firstPupil.getAttribute('href')) ?? '';
    await firstPupil.click();
    await page.waitForURL((url) => url.pathname === href);
    expect(page.url()).not.toMatch(UPN_PATTERN);
  });
});
