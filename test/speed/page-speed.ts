// `npm run bench:pages`: each dashboard page's first meaningful paint from a cold browser cache, on the demo LA
// of `npm start` (the API's own DEMO_ defaults: 40 schools, about 12,000 pupils, the academic year up to
// yesterday), in Debian's chromium on this machine. A benchmark that prints its figures, never a test. Needs
// api and web built (the npm script builds them); run through run-page-speed.mjs. Settings: PAGE_SPEED_RUNS
// (visits per page, default 5: the first is the server-cold one), PAGE_SPEED_STRICT=1 (exit 1 when a page
// misses the target).
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser.js';
import { postGraphql } from '../support/graphql-client.js';
import { startProduct, type RunningProduct } from '../support/product.js';
import { coldVisit, type VisitTimings } from './page-visit.js';
import { SPEED_PAGES, speedTargets, type SpeedPage, type SpeedTargets } from './speed-pages.js';
import { MEANINGFUL_PAINT_TARGET_MS, reportLines, summarise, type PageResult } from './speed-report.js';

const BUNDLE_REPORT = fileURLToPath(new URL('../../apps/web/dist/bundle-report.json', import.meta.url));

interface BundleReport {
  routes: { path: string }[];
  libraries: { recharts: string[] };
}

const log = (text: string) => console.log(`[pages] ${text}`);

function runsSetting(): number {
  const text = process.env['PAGE_SPEED_RUNS'];
  if (text === undefined || text === '') return 5;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 2) {
    throw new Error(
      `PAGE_SPEED_RUNS must be a whole number of 2 or more (a server-cold run and later ones), got "${text}"`,
    );
  }
  return value;
}

/** The demo LA exactly as `npm start` makes it: startProduct's test sizes unset, so the API's defaults apply. */
function startDemoProduct(dataDir?: string): Promise<RunningProduct> {
  return startProduct({
    ...(dataDir ? { dataDir } : {}),
    environment: { DEMO_SCHOOLS: '', DEMO_PUPILS: '', DEMO_SEED: '', DEMO_AS_OF: '' },
  });
}

/** Routes the build has that no page here measures (router.tsx gained a page): said, not silently skipped. */
function unmeasuredRoutes(bundle: BundleReport): string[] {
  const measured = new Set(SPEED_PAGES.map((page) => page.route));
  return bundle.routes.map((route) => route.path).filter((path) => !measured.has(path));
}

async function measurePage(
  browser: Browser,
  product: RunningProduct,
  page: SpeedPage,
  targets: SpeedTargets,
  runs: number,
  rechartsChunks: readonly string[],
): Promise<PageResult> {
  const address = page.address(targets);
  const visits: VisitTimings[] = [];
  for (let run = 0; run < runs; run += 1) {
    visits.push(await coldVisit(browser, `${product.baseUrl}${address}`, page.readiness));
  }
  const [serverCold, ...warm] = visits as [VisitTimings, ...VisitTimings[]];
  const rechartsWithoutChart = visits
    .filter((visit) => visit.charts === 0)
    .flatMap((visit) => visit.scripts.filter((script) => rechartsChunks.includes(script.replace(/^\//, ''))));
  return {
    name: page.name,
    address,
    serverCold,
    warm,
    rechartsWithoutChart: [...new Set(rechartsWithoutChart)],
  };
}

export async function main(): Promise<boolean> {
  const runs = runsSetting();
  const bundle = JSON.parse(readFileSync(BUNDLE_REPORT, 'utf8')) as BundleReport;
  const pages = SPEED_PAGES.filter((page) => bundle.routes.some((route) => route.path === page.route));

  log('starting the product on the demo LA (generated on a first start)');
  const first = await startDemoProduct();
  await first.stop({ keepData: true });
  const dataDir = first.dataDir;

  const browser = await launchBrowser();
  const results: PageResult[] = [];
  try {
    for (const page of pages) {
      // A fresh server per page, so its first visit finds nothing in the API's result cache (nor another
      // page's shared answers) and shows what the first user after a start or a nightly load waits for.
      const product = await startDemoProduct(dataDir);
      try {
        const targets = await speedTargets(product.baseUrl);
        if (results.length === 0) {
          const { laOverview } = await postGraphql<{ laOverview: { dataAsOf: string | null } }>(
            product.baseUrl,
            'query { laOverview { dataAsOf } }',
          );
          log(`demo LA: data as of ${laOverview.dataAsOf ?? 'none'}; ${runs} cold-cache visits per page`);
          // Other work on the machine slows every figure: say how busy it was.
          log(`load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores`);
        }
        log(`${page.name} (${page.route})`);
        results.push(await measurePage(browser, product, page, targets, runs, bundle.libraries.recharts));
      } finally {
        await product.stop({ keepData: true });
      }
    }
  } finally {
    await browser.close();
    await first.stop();
  }

  const summaries = results.map(summarise);
  console.log('');
  console.log(
    `Milliseconds from navigation; p50/p95 over the ${runs - 1} visits after the first (browser cache cold, API answer cached);`,
  );
  console.log('server-cold = the first visit after the server started; kB and requests: median visit.');
  for (const line of reportLines(summaries)) console.log(line);
  for (const unmeasured of unmeasuredRoutes(bundle)) {
    console.log(
      `NOT MEASURED ${unmeasured}: a route of router.tsx that test/speed/speed-pages.ts does not know`,
    );
  }
  for (const result of results.filter((candidate) => candidate.rechartsWithoutChart.length > 0)) {
    console.log(
      `WARNING ${result.name}: downloaded ${result.rechartsWithoutChart.join(', ')} (Recharts) and drew no chart`,
    );
  }
  const passed = summaries.every((summary) => summary.passed);
  console.log(
    passed
      ? `PASS: every page's meaningful paint p95 under ${MEANINGFUL_PAINT_TARGET_MS} ms`
      : `FAIL: ${summaries
          .filter((summary) => !summary.passed)
          .map((summary) => summary.name)
          .join(', ')} over ${MEANINGFUL_PAINT_TARGET_MS} ms`,
  );
  return passed;
}
