import type { Browser } from 'playwright-core';
import type { Readiness } from './speed-pages.js';

/** One cold visit's figures, in ms from the start of navigation (the browser's performance timeline). */
export interface VisitTimings {
  firstContentfulPaint: number | null;
  largestContentfulPaint: number | null;
  meaningfulPaint: number;
  /** Bytes over the wire (headers and bodies: the navigation and every resource) and how many requests. */
  transferBytes: number;
  requests: number;
  /** The slowest GraphQL request that finished before the meaningful paint: the API's share of the wait. */
  slowestApiMs: number | null;
  /** Script files the page downloaded, as /assets/<file> (to compare with the bundle report). */
  scripts: string[];
  /** Recharts charts on the page once its content is shown. */
  charts: number;
}

interface PageSpeedState {
  meaningfulPaint?: number;
  largestContentfulPaint?: number;
}

declare global {
  interface Window {
    __pageSpeed?: PageSpeedState;
  }
}

const VISIT_TIMEOUT_MS = 30_000;

/**
 * Runs in the page before any of its scripts: keeps the latest largest-contentful-paint entry, and records the
 * first frame in which the page's readiness holds. A MutationObserver checks after every DOM change; once the
 * content matches, the time is taken after the next frame has been drawn (requestAnimationFrame runs just
 * before the frame's paint, the message posted from it just after), so it is when the user sees it, not when
 * React wrote it. Serialised by Playwright: only browser globals in here.
 */
function observeMeaningfulPaint(readiness: Readiness): void {
  const state: PageSpeedState = {};
  window.__pageSpeed = state;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) state.largestContentfulPaint = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  const loadingLeft = () =>
    Array.from(document.querySelectorAll('main [role="status"]')).some((element) =>
      (element.textContent ?? '').trim().startsWith('Loading'),
    );
  const ready = () =>
    readiness.present.every((selector) => document.querySelector(selector) !== null) &&
    !(readiness.noLoadingLeft && loadingLeft());
  const observer = new MutationObserver(() => {
    if (!ready()) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      const afterPaint = new MessageChannel();
      afterPaint.port1.onmessage = () => {
        state.meaningfulPaint = performance.now();
      };
      afterPaint.port2.postMessage(null);
    });
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
}

/** Reads the page's own performance timeline once its content is shown and the network is quiet. */
function collectTimings(): Omit<VisitTimings, 'meaningfulPaint'> & { meaningfulPaint: number | undefined } {
  const state = window.__pageSpeed ?? {};
  const meaningfulPaint = state.meaningfulPaint;
  const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
  const api = resources.filter(
    (entry) =>
      new URL(entry.name).pathname === '/graphql' &&
      (meaningfulPaint === undefined || entry.responseEnd <= meaningfulPaint),
  );
  return {
    firstContentfulPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    largestContentfulPaint: state.largestContentfulPaint ?? null,
    meaningfulPaint,
    transferBytes: resources.reduce(
      (total, entry) => total + entry.transferSize,
      navigation?.transferSize ?? 0,
    ),
    requests: resources.length + 1,
    slowestApiMs: api.length > 0 ? Math.max(...api.map((entry) => entry.duration)) : null,
    scripts: resources
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => path.startsWith('/assets/') && path.endsWith('.js')),
    charts: document.querySelectorAll('.recharts-wrapper').length,
  };
}

/**
 * Opens `url` in a new browser context (its own empty HTTP cache) with the cache also switched off through
 * the DevTools protocol, so every file comes over the network as on a first visit, and returns its timings.
 */
export async function coldVisit(browser: Browser, url: string, readiness: Readiness): Promise<VisitTimings> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  try {
    const page = await context.newPage();
    const devTools = await context.newCDPSession(page);
    await devTools.send('Network.enable');
    await devTools.send('Network.setCacheDisabled', { cacheDisabled: true });
    await page.addInitScript(observeMeaningfulPaint, readiness);
    await page.goto(url, { timeout: VISIT_TIMEOUT_MS });
    try {
      await page.waitForFunction(() => window.__pageSpeed?.meaningfulPaint !== undefined, undefined, {
        timeout: VISIT_TIMEOUT_MS,
      });
    } catch {
      throw new Error(
        `${url}: the page's content (${readiness.present.join(', ')}) was not shown within ${VISIT_TIMEOUT_MS} ms`,
      );
    }
    await page.waitForLoadState('networkidle', { timeout: VISIT_TIMEOUT_MS });
    const { meaningfulPaint, ...timings } = await page.evaluate(collectTimings);
    if (meaningfulPaint === undefined) throw new Error(`${url}: the meaningful paint was not recorded`);
    return { ...timings, meaningfulPaint };
  } finally {
    await context.close();
  }
}
