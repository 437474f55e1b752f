import { QueryClient } from '@tanstack/react-query';
import { createMemoryHistory } from '@tanstack/react-router';
import { render, within } from '@testing-library/react';
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

/**
 * A fetch mock, reset and installed before each test of the calling describe block and removed after it, for
 * `answerSchoolApi` to answer. The router resets the scroll on each navigation; jsdom has no scrolling.
 */
export function stubFetchForEachTest() {
  const fetchMock = vi.fn<typeof fetch>();
  beforeEach(() => {
    fetchMock.mockReset();
    vi.stubGlobal('fetch', fetchMock);
    vi.stubGlobal('scrollTo', vi.fn());
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });
  return fetchMock;
}

/** A table's body rows as the text of their cells (a chart's table counts too, inside its closed details). */
export function bodyRowsOf(table: HTMLElement): string[][] {
  const [, body] = within(table).getAllByRole('rowgroup', { hidden: true });
  return within(body!)
    .getAllByRole('row', { hidden: true })
    .map((row) => Array.from(row.children).map((cell) => cell.textContent ?? ''));
}
