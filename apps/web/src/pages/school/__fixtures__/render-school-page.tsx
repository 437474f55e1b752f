import { QueryClient } from '@tanstack/react-query';
import { createMemoryHistory } from '@tanstack/react-router';
import { render } from '@testing-library/react';
import { App } from '../../../app.js';
import { createAppRouter } from '../../../router.js';

/** The whole app at `path` on a memory history, so the page's links and URL state work as in the browser. */
export function renderSchoolPage(path: string) {
  // No retries: a failed request should show its error state at once.
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createAppRouter({ history: createMemoryHistory({ initialEntries: [path] }) });
  const rendered = render(<App queryClient={queryClient} router={router} />);
  return { ...rendered, router, search: () => router.state.location.search as Record<string, unknown> };
}
