// @vitest-environment node
// The bundle report's pure part (../bundle-report.ts, the Vite plugin of the production build). The spec sits in
// src/ because the app's Vitest and typecheck configs take their specs from there.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  bundleReport,
  reportLines,
  routesOfRouter,
  type BundleFacts,
  type ChunkFacts,
} from '../bundle-report.js';

const ROOT = '/app';
const SRC = `${ROOT}/src`;

describe('routesOfRouter', () => {
  const router = `
    import { createRootRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';
    import { NotFoundPage } from './not-found-page.js';
    const rootRoute = createRootRoute({ component: RootLayout });
    const homeRoute = createRoute({
      getParentRoute: () => rootRoute,
      path: '/',
      component: lazyRouteComponent(() => import('./pages/home/home-page.js'), 'HomePage'),
    });
    const schoolRoute = createRoute({
      getParentRoute: () => rootRoute,
      path: '/schools/$urn',
      validateSearch: schoolSearchSchema,
      component: lazyRouteComponent(() => import('./pages/school/school-page.js'), 'SchoolPage'),
    });
    const reportRoute = createRoute({
      getParentRoute: () => schoolRoute,
      path: 'report',
      component: lazyRouteComponent(() => import('./pages/school/report-page.js'), 'ReportPage'),
    });
    const helpRoute = createRoute({ getParentRoute: () => rootRoute, path: '/help', component: NotFoundPage });
    export const routeTree = rootRoute.addChildren([homeRoute, schoolRoute.addChildren([reportRoute]), helpRoute]);
  `;

  it('gives each route its full path and the module its page is lazily imported from', () => {
    expect(routesOfRouter(router, `${SRC}/router.tsx`)).toEqual([
      { path: '/', pageModule: `${SRC}/pages/home/home-page.js` },
      { path: '/schools/$urn', pageModule: `${SRC}/pages/school/school-page.js` },
      { path: '/schools/$urn/report', pageModule: `${SRC}/pages/school/report-page.js` },
      { path: '/help', pageModule: null },
    ]);
  });

  it('names the route whose parent it cannot find', () => {
    const orphan = `const lost = createRoute({ getParentRoute: () => missingRoute, path: '/lost' });`;
    expect(() => routesOfRouter(orphan, `${SRC}/router.tsx`)).toThrow(/parent "missingRoute"/);
  });

  it("reads the app's own router: every page module under src/pages is the page of one route", () => {
    const srcDir = import.meta.dirname;
    const routerFile = join(srcDir, 'router.tsx');
    const routes = routesOfRouter(readFileSync(routerFile, 'utf8'), routerFile);
    const routed = routes.flatMap((route) =>
      route.pageModule ? [relative(srcDir, route.pageModule).replace(/\.js$/, '.tsx')] : [],
    );
    const pageFiles = readdirSync(join(srcDir, 'pages'), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('-page.tsx') && !file.includes('__fixtures__'))
      .map((file) => join('pages', file));
    expect(routes.map((route) => route.path)).toContain('/');
    expect([...routed].sort()).toEqual([...pageFiles].sort());
  });
});

function chunk(fileName: string, bytes: number, facts: Partial<ChunkFacts> = {}): ChunkFacts {
  return {
    fileName,
    bytes,
    gzipBytes: bytes / 4,
    isEntry: false,
    facadeModuleId: null,
    imports: [],
    moduleIds: [],
    css: [],
    ...facts,
  };
}

const RECHARTS_MODULE = `${ROOT}/node_modules/recharts/es6/chart/LineChart.js`;
const EXCELJS_MODULE = `${ROOT}/node_modules/exceljs/dist/exceljs.min.js`;
const CHART_MODULE = '/libs/web-ui/src/chart/weekly-trend-chart.tsx';

/**
 * An entry that imports react statically; pages: one with a chart (its chunk imports the chart chunk, which
 * holds Recharts), one without a chart that shares a table chunk bundled with Recharts, one that loads ExcelJS
 * only when asked (a dynamic import, not followed) and one that imports it statically.
 */
const facts: BundleFacts = {
  chunks: [
    chunk('index.js', 1000, {
      isEntry: true,
      facadeModuleId: `${SRC}/main.tsx`,
      imports: ['react.js'],
      css: ['index.css'],
    }),
    chunk('react.js', 400),
    chunk('trend-page.js', 100, {
      facadeModuleId: `${SRC}/pages/trend/trend-page.tsx`,
      imports: ['chart.js', 'react.js'],
      css: ['trend-page.css'],
    }),
    chunk('chart.js', 2000, { moduleIds: [CHART_MODULE, RECHARTS_MODULE], imports: ['table.js'] }),
    chunk('table.js', 50, { moduleIds: ['/libs/web-ui/src/chart/chart-data-details.tsx', RECHARTS_MODULE] }),
    chunk('list-page.js', 60, { facadeModuleId: `${SRC}/pages/list/list-page.tsx`, imports: ['table.js'] }),
    // Imports excel.js dynamically (on the download button), so not among its static imports.
    chunk('export-page.js', 70, { facadeModuleId: `${SRC}/pages/export/export-page.tsx` }),
    chunk('excel.js', 3000, { moduleIds: [EXCELJS_MODULE] }),
    chunk('eager-page.js', 80, {
      facadeModuleId: `${SRC}/pages/eager/eager-page.tsx`,
      imports: ['excel.js'],
    }),
  ],
  cssFiles: {
    'index.css': { bytes: 500, gzipBytes: 100 },
    'trend-page.css': { bytes: 20, gzipBytes: 10 },
  },
  routes: [
    { path: '/', pageModule: `${SRC}/pages/trend/trend-page.js` },
    { path: '/list', pageModule: `${SRC}/pages/list/list-page.js` },
    { path: '/export', pageModule: `${SRC}/pages/export/export-page.js` },
    { path: '/eager', pageModule: `${SRC}/pages/eager/eager-page.js` },
    { path: '/gone', pageModule: `${SRC}/pages/gone/gone-page.js` },
    { path: '/help', pageModule: null },
  ],
  chartModules: [CHART_MODULE],
};

describe('bundleReport', () => {
  const report = bundleReport(facts, ROOT);
  const route = (path: string) => {
    const found = report.routes.find((candidate) => candidate.path === path);
    if (!found) throw new Error(`no route ${path} in the report`);
    return found;
  };

  it('counts the entry, the page chunk and everything each imports statically, once each', () => {
    const home = route('/');
    expect(home.page).toBe('src/pages/trend/trend-page.tsx');
    expect(home.js.files).toEqual(['index.js', 'react.js', 'trend-page.js', 'chart.js', 'table.js']);
    expect(home.js.bytes).toBe(1000 + 400 + 100 + 2000 + 50);
    expect(home.js.gzipBytes).toBe((1000 + 400 + 100 + 2000 + 50) / 4);
    expect(home.css).toEqual({ files: ['index.css', 'trend-page.css'], bytes: 520, gzipBytes: 110 });
    expect(home).toMatchObject({ loadsRecharts: true, drawsChart: true, loadsExcelJs: false, warnings: [] });
  });

  it('flags a route that downloads Recharts with a shared chunk but draws no chart', () => {
    expect(route('/list')).toMatchObject({
      js: { files: ['index.js', 'react.js', 'list-page.js', 'table.js'] },
      loadsRecharts: true,
      drawsChart: false,
      warnings: ['downloads Recharts but draws no chart'],
    });
  });

  it('flags ExcelJS on a first visit, and leaves it alone when only loaded on demand', () => {
    expect(route('/export')).toMatchObject({ loadsExcelJs: false, warnings: [] });
    expect(route('/eager')).toMatchObject({
      loadsExcelJs: true,
      warnings: ['downloads ExcelJS on first visit (only a download needs it)'],
    });
  });

  it('gives a route drawn by the entry the entry alone, and warns of a page no chunk holds', () => {
    expect(route('/help').js.files).toEqual(['index.js', 'react.js']);
    expect(route('/help').page).toBeNull();
    expect(route('/gone').warnings).toEqual(['no chunk holds its page module src/pages/gone/gone-page.js']);
  });

  it('names the chunks holding each watched library', () => {
    expect(report.libraries).toEqual({ recharts: ['chart.js', 'table.js'], exceljs: ['excel.js'] });
  });

  it('prints a line per route in kB of 1,000 bytes, then the libraries and the warnings', () => {
    const lines = reportLines(report);
    expect(lines.find((line) => line.startsWith('/ '))).toMatch(
      /^\/\s+3\.5\s+0\.9\s+0\.5\s+0\.1\s+5\s+yes \(chart\)\s+no$/,
    );
    expect(lines).toContain('Recharts is in: chart.js, table.js');
    expect(lines).toContain('WARNING /list: downloads Recharts but draws no chart');
  });
});
