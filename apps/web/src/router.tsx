import {
  createRootRoute,
  createRoute,
  createRouter,
  lazyRouteComponent,
  type RouterHistory,
} from '@tanstack/react-router';
import { NotFoundPage } from './not-found-page.js';
import { analysisSearchSchema } from './pages/analysis/analysis-search.js';
import { laOverviewSearchSchema } from './pages/la-overview/la-overview-search.js';
import { cmeWatchSearchSchema } from './pages/cme-watch/cme-watch-search.js';
import { governorSearchSchema } from './pages/governor/governor-search.js';
import { pupilSearchSchema } from './pages/pupil/pupil-search.js';
import { schoolSearchSchema } from './pages/school/school-search.js';
import { RootLayout } from './root-layout.js';

// The app's pages, code-based. Each page is its own chunk, loaded when its route is first visited, so a page
// downloads only its own code; each page's URL state (filters, sorts, pages, periods) is a zod schema in
// pages/<page>/<page>-search.ts, validated here, so a shared link or the back button restores the view.

const rootRoute = createRootRoute({ component: RootLayout, notFoundComponent: NotFoundPage });

const laOverviewRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  validateSearch: laOverviewSearchSchema,
  component: lazyRouteComponent(() => import('./pages/la-overview/la-overview-page.js'), 'LaOverviewPage'),
});

const schoolRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/schools/$urn',
  validateSearch: schoolSearchSchema,
  component: lazyRouteComponent(() => import('./pages/school/school-page.js'), 'SchoolPage'),
});

const pupilRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/schools/$urn/pupils/$pupilId',
  validateSearch: pupilSearchSchema,
  component: lazyRouteComponent(() => import('./pages/pupil/pupil-page.js'), 'PupilPage'),
});

const cmeWatchRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/cme',
  validateSearch: cmeWatchSearchSchema,
  component: lazyRouteComponent(() => import('./pages/cme-watch/cme-watch-page.js'), 'CmeWatchPage'),
});

const analysisRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/analysis',
  validateSearch: analysisSearchSchema,
  component: lazyRouteComponent(() => import('./pages/analysis/analysis-page.js'), 'AnalysisPage'),
});

const governorChooserRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/governors',
  component: lazyRouteComponent(
    () => import('./pages/governor/governor-chooser-page.js'),
    'GovernorChooserPage',
  ),
});

const governorRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/governors/$urn',
  validateSearch: governorSearchSchema,
  component: lazyRouteComponent(() => import('./pages/governor/governor-page.js'), 'GovernorPage'),
});

const governorReportRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/governors/$urn/report',
  validateSearch: governorSearchSchema,
  component: lazyRouteComponent(
    () => import('./pages/governor/governor-report-page.js'),
    'GovernorReportPage',
  ),
});

export const routeTree = rootRoute.addChildren([
  laOverviewRoute,
  schoolRoute,
  pupilRoute,
  cmeWatchRoute,
  analysisRoute,
  governorChooserRoute,
  governorRoute,
  governorReportRoute,
]);

export interface AppRouterOptions {
  /** Browser history by default; tests pass a memory history. */
  history?: RouterHistory;
}

export function createAppRouter({ history }: AppRouterOptions = {}) {
  return createRouter({
    routeTree,
    ...(history ? { history } : {}),
    defaultPreload: 'intent',
    // Restores the scroll position on Back in the browser; a memory history (tests) has no page to scroll.
    scrollRestoration: history === undefined,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
