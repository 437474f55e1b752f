// The school page in a real browser against the compiled API serving the built web app, walked as a school's
// attendance lead would: the school with the most persistent absentees (so its list has more than one page),
// opened from the LA overview's table of schools. Checks the cards and the school-and-LA trend draw; the
// breakdown, the open list, its order and page and the period all live in the address (Back restores each);
// pupils are linked by the store's id and never by UPN; an unknown URN says so; axe finds no serious or
// critical violations.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousAccessibilityViolations } from '../support/axe.js';
import { launchBrowser, openPage } from '../support/browser.js';
import { postGraphql } from '../support/graphql-client.js';
import { startProduct, type RunningProduct } from '../support/product.js';

const screenshotPath = fileURLToPath(new URL('./screenshots/school.png', import.meta.url));
/** The school page's list page length (apps/web/src/pages/school/action-lists.ts). */
const LIST_PAGE_LENGTH = 25;

interface ChosenSchool {
  urn: string;
  name: string;
  persistentAbsentees: number;
}

/** The school with the most persistent absentees, from the API the page itself uses. */
async function schoolWithLongestList(baseUrl: string): Promise<ChosenSchool> {
  const { absenteeList } = await postGraphql<{ absenteeList: { pupils: { urn: string }[] } }>(
    baseUrl,
    'query { absenteeList(list: PERSISTENT, limit: 500) { pupils { urn } } }',
  );
  const counts = new Map<string, number>();
  for (const { urn } of absenteeList.pupils) counts.set(urn, (counts.get(urn) ?? 0) + 1);
  const [urn, persistentAbsentees] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
  if (!urn || !persistentAbsentees) throw new Error('the generated LA lists no persistent absentee');
  const { schoolOverview } = await postGraphql<{ schoolOverview: { school: { name: string } } }>(
    baseUrl,
    'query ($urn: String!) { schoolOverview(urn: $urn) { school { name } } }',
    { urn },
  );
  return { urn, name: schoolOverview.school.name, persistentAbsentees };
}

describe('School page in the browser', () => {
  let product: RunningProduct;
  let browser: Browser;
  let page: Page;
  let school: ChosenSchool;

  beforeAll(async () => {
    product = await startProduct({ schools: 6, pupils: 900, seed: 20250901 });
    school = await schoolWithLongestList(product.baseUrl);
    browser = await launchBrowser();
    page = await openPage(browser);
    // As its user would: from the LA overview's table of schools, by the school's name.
    await page.goto(`${product.baseUrl}/`);
    await page
      .getByRole('table', { name: 'Attendance by school' })
      .getByRole('link', { name: school.name, exact: true })
      .click({ timeout: 30_000 });
    await page.getByRole('heading', { level: 1, name: school.name }).waitFor({ timeout: 30_000 });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await product?.stop();
  }, 60_000);

  function search(): URLSearchParams {
    return new URL(page.url()).searchParams;
  }

  function listTable(name: string): Locator {
    return page.getByRole('table', { name });
  }

  /** A column of the open list's rows, by header text. */
  async function listColumn(tableName: string, header: string): Promise<string[]> {
    const table = listTable(tableName);
    const headers = await table.locator('thead th').allTextContents();
    const index = headers.findIndex((text) => text.trim() === header);
    expect(index, `column ${header} in ${headers.join(', ')}`).toBeGreaterThanOrEqual(0);
    return table
      .locator('tbody tr')
      .evaluateAll(
        (rows, column) => rows.map((row) => row.children[column]?.textContent?.trim() ?? ''),
        index,
      );
  }

  it('names the school in the heading and the title, and shows its headline cards', async () => {
    expect(new URL(page.url()).pathname).toBe(`/schools/${school.urn}`);
    await expect(page.title()).resolves.toBe(`${school.name} - Attendance Insight`);
    await page.getByRole('heading', { level: 2, name: 'Headline figures' }).waitFor();
    for (const title of [
      'Attendance',
      'Authorised absence',
      'Unauthorised absence',
      'Persistent absence',
      'Severe absence',
    ]) {
      const card = page
        .getByRole('listitem')
        .filter({ has: page.getByRole('heading', { level: 3, name: title, exact: true }) });
      const rate = (await card.locator('.app-headline-card__rate').textContent())?.trim() ?? '';
      expect(rate, title).toMatch(/^\d+\.\d%$/);
    }
    // The persistent absence card counts the pupils the persistent list holds.
    const persistentCard = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { level: 3, name: 'Persistent absence', exact: true }) });
    await expect(persistentCard.textContent()).resolves.toContain(`10% or more${school.persistentAbsentees}`);
  });

  it('draws the school and the LA on one weekly chart, with the figures as a table', async () => {
    const lines = page.locator('.app-weekly-trend-chart svg path.recharts-line-curve');
    await lines.first().waitFor({ timeout: 10_000 });
    await expect(lines.count()).resolves.toBe(2);
    const table = page.getByRole('table', { name: /^Overall absence by week: /, includeHidden: true });
    const headers = await table.locator('thead th').allTextContents();
    expect(headers[1]).toBe(school.name);
    expect(headers[2]).toMatch(/\(all schools\)$/);
    expect(await table.locator('tbody tr').count()).toBeGreaterThan(1);
  });

  it('changes the breakdown from the URL, and Back restores the one before', async () => {
    await page
      .getByRole('table', { name: 'Overall absence by year group', includeHidden: true })
      .waitFor({ state: 'attached' });
    const yearGroups = await page
      .getByRole('table', { name: 'Overall absence by year group', includeHidden: true })
      .locator('tbody th')
      .allTextContents();
    expect(yearGroups.length).toBeGreaterThan(0);
    expect(yearGroups.some((label) => /^Year \d+$/.test(label))).toBe(true);

    await page.getByLabel('Break down by').selectOption('sex');
    await page
      .getByRole('table', { name: 'Overall absence by sex', includeHidden: true })
      .waitFor({ state: 'attached' });
    expect(search().get('breakdown')).toBe('sex');
    const sexes = await page
      .getByRole('table', { name: 'Overall absence by sex', includeHidden: true })
      .locator('tbody th')
      .allTextContents();
    expect(sexes.length).toBeGreaterThan(0);
    // The escalation bands and reasons stay: they are the whole school's, whatever the breakdown.
    await expect(
      page.getByRole('table', { name: 'Pupils by attendance band', includeHidden: true }).count(),
    ).resolves.toBe(1);
    await expect(
      page.getByRole('table', { name: 'Sessions missed by reason', includeHidden: true }).count(),
    ).resolves.toBe(1);

    await page.goBack();
    await page
      .getByRole('table', { name: 'Overall absence by year group', includeHidden: true })
      .waitFor({ state: 'attached' });
    await expect(page.getByLabel('Break down by').inputValue()).resolves.toBe('yearGroup');
    expect(search().get('breakdown')).not.toBe('sex');
  });

  it('opens another action list by its link, and Back returns to the one before', async () => {
    await listTable('Persistent absentees').waitFor();
    await page
      .getByRole('navigation', { name: 'Action lists' })
      .getByRole('link', { name: 'Severe absentees' })
      .click();
    await page.getByRole('heading', { level: 3, name: 'Severe absentees' }).waitFor();
    expect(search().get('list')).toBe('severe');
    await expect(
      page.getByRole('link', { name: 'Severe absentees' }).getAttribute('aria-current'),
    ).resolves.toBe('page');

    await page.goBack();
    await page.getByRole('heading', { level: 3, name: 'Persistent absentees' }).waitFor();
    await listTable('Persistent absentees').waitFor();
    expect(search().get('list')).not.toBe('severe');
  });

  it('orders and pages the open list in the URL, and Back restores the page before', async () => {
    expect(school.persistentAbsentees).toBeGreaterThan(LIST_PAGE_LENGTH);
    const pageCount = Math.ceil(school.persistentAbsentees / LIST_PAGE_LENGTH);

    await page.getByLabel('Order').selectOption('UNAUTHORISED');
    await page.waitForURL((url) => url.searchParams.get('sort') === 'UNAUTHORISED');
    await page.getByText(`page 1 of ${pageCount}.`, { exact: false }).waitFor();
    const firstPage = await listColumn('Persistent absentees', 'Pupil (UPN)');
    const unauthorised = (await listColumn('Persistent absentees', 'Unauthorised sessions')).map((text) =>
      Number(text.replace(/,/g, '')),
    );
    expect(firstPage).toHaveLength(LIST_PAGE_LENGTH);
    expect(unauthorised).toEqual([...unauthorised].sort((a, b) => b - a));

    await page
      .getByRole('navigation', { name: 'Persistent absentees pages' })
      .getByRole('link', { name: 'Next page' })
      .click();
    await page.getByText(`page 2 of ${pageCount}.`, { exact: false }).waitFor();
    expect(search().get('page')).toBe('2');
    expect(search().get('sort')).toBe('UNAUTHORISED');
    const secondPage = await listColumn('Persistent absentees', 'Pupil (UPN)');
    expect(secondPage.length).toBe(Math.min(LIST_PAGE_LENGTH, school.persistentAbsentees - LIST_PAGE_LENGTH));
    expect(secondPage.filter((upn) => firstPage.includes(upn))).toEqual([]);
    // The second page carries on the order: nobody on it has more unauthorised sessions than the first page's last.
    const secondUnauthorised = (await listColumn('Persistent absentees', 'Unauthorised sessions')).map(
      (text) => Number(text.replace(/,/g, '')),
    );
    expect(Math.max(...secondUnauthorised)).toBeLessThanOrEqual(unauthorised.at(-1) ?? 0);

    await page.goBack();
    await page.getByText(`page 1 of ${pageCount}.`, { exact: false }).waitFor();
    await expect(listColumn('Persistent absentees', 'Pupil (UPN)')).resolves.toEqual(firstPage);
    expect(search().get('sort')).toBe('UNAUTHORISED');
  });

  it('narrows every figure to a chosen period kept in the URL, and Back restores the year to date', async () => {
    const periodFact = page.locator('.govuk-summary-list__row', { hasText: 'Period' }).locator('dd');
    await expect(periodFact.textContent()).resolves.toMatch(/^Academic year \d{4}\/\d{2} to date, /);
    const from = await page.getByLabel('From', { exact: true }).inputValue();
    expect(from).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    await page.getByLabel('To', { exact: true }).fill(`${from.slice(0, 4)}-10-16`);
    await page.getByRole('button', { name: 'Show this period' }).click();
    await page.waitForURL((url) => url.searchParams.get('to') === `${from.slice(0, 4)}-10-16`);
    expect(search().get('from')).toBe(from);
    await page.getByRole('link', { name: 'Show the academic year to date' }).waitFor();
    await expect(periodFact.textContent()).resolves.toMatch(/ to 16 October \d{4} \(academic year /);
    await listTable('Persistent absentees').waitFor();

    await page.goBack();
    await page.getByRole('link', { name: 'Show the academic year to date' }).waitFor({ state: 'detached' });
    await expect(periodFact.textContent()).resolves.toMatch(/^Academic year \d{4}\/\d{2} to date, /);
    expect(search().get('to')).toBeNull();
    await listTable('Persistent absentees').waitFor();
  });

  it('links each pupil by the store id, and no address on the page carries a UPN', async () => {
    const upns = await listColumn('Persistent absentees', 'Pupil (UPN)');
    expect(upns.length).toBeGreaterThan(0);
    const pupilHrefs = await listTable('Persistent absentees')
      .locator('tbody a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(pupilHrefs).toHaveLength(upns.length);
    for (const href of pupilHrefs) {
      expect(href).toMatch(new RegExp(`^/schools/${school.urn}/pupils/\\d+$`));
    }

    const everyHref = await page
      .locator('a[href]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(everyHref.filter((href) => upns.some((upn) => href.includes(upn)))).toEqual([]);
    expect(upns.some((upn) => page.url().includes(upn))).toBe(false);

    // Following a pupil's link goes to their page by id.
    await listTable('Persistent absentees').locator('tbody a').first().click();
    await page.waitForURL((url) => url.pathname.includes('/pupils/'));
    expect(new URL(page.url()).pathname).toBe(pupilHrefs[0]);
    await page.goBack();
    await listTable('Persistent absentees').waitFor();
  });

  it('answers a URN the API does not know with "School not found"', async () => {
    const other = await openPage(browser);
    try {
      await other.goto(`${product.baseUrl}/schools/999999`);
      await other.getByRole('heading', { level: 1, name: 'School not found' }).waitFor({ timeout: 15_000 });
      await expect(other.getByRole('alert').textContent()).resolves.toContain('999999');
    } finally {
      await other.close();
    }
  });

  it('has no serious or critical accessibility violation (axe, WCAG 2.2 AA)', async () => {
    await listTable('Persistent absentees').waitFor();
    await expectNoSeriousAccessibilityViolations(page);
  });

  it('saves a screenshot', async () => {
    // Without the focus ring or hover a Back left on a link, so the picture shows the page as it first opens.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.mouse.move(0, 0);
    mkdirSync(dirname(screenshotPath), { recursive: true });
    await page.screenshot({ path: screenshotPath, fullPage: true });
  });
});
