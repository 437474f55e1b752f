import { chromium, type Browser, type Page } from 'playwright-core';

// Browser tests drive Debian's chromium (installed by .ci/run), never a downloaded browser. The flags let it run
// as root in a container, without a GPU, and keep it from calling home during a test.
export const CHROMIUM_PATH = '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking'];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/**
 * A page in its own browser context (its own cookies and storage), as axe-core's AxeBuilder needs: it opens
 * helper pages in the page's context, which `browser.newPage()`'s implicit context does not allow. British
 * English, as the LA's staff use it: date inputs show day/month/year.
 */
export async function openPage(
  browser: Browser,
  viewport: { width: number; height: number } = { width: 1280, height: 900 },
): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: 'en-GB' });
  return context.newPage();
}
