// The pupil page in a real browser against the compiled API serving the built web app: a pupil taken from the
// CME milestone list (a synthetic pupil), opened by their store id. Checks the calendar shows the marks and
// is reached and moved through by keyboard, the month choice lives in the URL (back restores it), the UPN is
// on the page but never in the address, and axe finds no serious or critical violations.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousAccessibilityViolations } from '../support/axe.js';
import { launchBrowser, openPage } from '../support/browser.js';
import { postGraphql } from '../support/graphql-client.js';
import { startProduct, type RunningProduct } from '../support/product.js';

const screenshotPath = fileURLToPath(new URL('./screenshots/pupil.png', import.meta.url));

interface ListedPupil {
  urn: string;
  upn: string;
  pupilId: number;
  daysInRun: number;
}

describe('Pupil page in the browser', () => {
  let product: RunningProduct;
  let browser: Browser;
  let page: Page;
  let pupil: ListedPupil;

  beforeAll(async () => {
    product = await startProduct({ schools: 4, pupils: 800, seed: 20250902 });
    const { cmeMilestoneList } = await postGraphql<{ cmeMilestoneList: { pupils: ListedPupil[] } }>(
      product.baseUrl,
      'query { cmeMilestoneList(limit: 1) { pupils { urn upn pupilId daysInRun } } }',
    );
    const [first] = cmeMilestoneList.pupils;
    if (!first) throw new Error('the generated LA lists no CME run');
    pupil = first;
    browser = await launchBrowser();
    page = await openPage(browser);
    await page.goto(`${product.baseUrl}/schools/${pupil.urn}/pupils/${pupil.pupilId}`);
    await page.getByRole('heading', { level: 1, name: /^Pupil record / }).waitFor();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await product?.stop();
  }, 60_000);

  it('shows who the pupil is, with the UPN on the page and never in the address or title', async () => {
    expect(await page.title()).toBe('Pupil record - Attendance Insight');
    expect(await page.locator('.govuk-summary-list').first().textContent()).toContain(pupil.upn);
    expect(page.url()).not.toContain(pupil.upn);
  });

  it('shows the CME run the list counts', async () => {
    const days = page
      .locator('dt', { hasText: 'Consecutive school days of unexplained absence' })
      .locator('+ dd');
    expect(await days.textContent()).toBe(String(pupil.daysInRun));
  });

  it('draws the calendar with the marks, reached by Tab and moved through by the arrow keys', async () => {
    const days = page.locator('.app-session-calendar__day');
    expect(await days.count()).toBeGreaterThan(20);
    const codes = await page.locator('.app-session-calendar__day .app-session').allTextContents();
    expect(codes.filter((code) => code === 'N' || code === 'O').length).toBeGreaterThanOrEqual(2 * 3);
    const tabStops = page.locator('.app-session-calendar__day[tabindex="0"]');
    expect(await tabStops.count()).toBe(1);

    // Tab from the control just before the calendar's section (the last link of the key is none: the key has
    // no controls), so start from the page top and tab until a calendar day has focus.
    await page.locator('body').focus();
    let onDay = false;
    for (let presses = 0; presses < 40 && !onDay; presses++) {
      await page.keyboard.press('Tab');
      onDay = await page.evaluate(() =>
        Boolean(document.activeElement?.classList.contains('app-session-calendar__day')),
      );
    }
    expect(onDay).toBe(true);
    const focusedDate = () => page.evaluate(() => (document.activeElement as HTMLElement).dataset['date']);
    const last = await focusedDate();
    await page.keyboard.press('ArrowLeft');
    const before = await focusedDate();
    expect(before && last && before < last).toBe(true);
    await page.keyboard.press('Home');
    const first = await focusedDate();
    expect(first && before && first < before).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(
      /^(Monday|Tuesday|Wednesday|Thursday|Friday) \d+ \w+ \d{4}: morning /,
    );

    // Enter lists that day's month: in the URL, and the back button restores the month before.
    const urlBefore = page.url();
    await page.keyboard.press('Enter');
    const month = (first as string).slice(0, 7);
    await page.waitForURL((url) => url.searchParams.get('month') === month);
    expect(await page.getByRole('table', { name: /^Marks in / }).count()).toBe(1);
    expect(await page.locator('#pupil-marks-month').inputValue()).toBe(month);
    await page.goBack();
    await page.waitForURL(urlBefore);
    expect(await page.locator('#pupil-marks-month').inputValue()).not.toBe(month);
  });

  it('has no serious or critical accessibility violations, and saves a screenshot', async () => {
    await expectNoSeriousAccessibilityViolations(page);
    mkdirSync(dirname(screenshotPath), { recursive: true });
    await page.screenshot({ path: screenshotPath, fullPage: true });
  });

  it('says so for a pupil id the school does not hold', async () => {
    const other = await openPage(browser);
    await other.goto(`${product.baseUrl}/schools/${pupil.urn}/pupils/999999999`);
    await other.getByRole('heading', { level: 1, name: 'Pupil not found' }).waitFor();
    await other.close();
  });
});
