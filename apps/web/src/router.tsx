import {
  createRootRoute,
  createRoute,
  createRouter,
  lazyRouteComponent,
  type RouterHistory,
} from '@tanstack/react-router';
import { NotFoundPage } from './not-found-page.js';
import { RootLayout } from './root-layout.js';

// The app's pages, code-based. Each page is its own chunk, loaded when its route is first visited, so a page
// downloads only its own code; each page's URL state (filters, sorts, pages, periods) is a zod schema in
// pages/<page>/<page>-search.ts, validated here, so a shared link or the back button restores the view.

const rootRoute = createRootRoute({ component: RootLayout, notFoundComponent: NotFoundPage });

const laOverviewRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  component: lazyRouteComponent(() => import('./pages/la-overview/la-overview-page.js'), 'LaOverviewPage'),
});

export const routeTree = rootRoute.addChildren([laOverviewRoute]);

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
