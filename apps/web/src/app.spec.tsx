import { QueryClient } from '@tanstack/react-query';
import { createMemoryHistory } from '@tanstack/react-router';
import { fireEvent, render, screen, within } from '@testing-library/react';
import {
  laOverviewResponse,
  laOverviewSchools,
  laOverviewSchoolsResponse,
} from './__fixtures__/la-overview-response.js';
import type { LaOverviewSchoolsQueryVariables } from './graphql/generated/graphql.js';
import { App } from './app.js';
import { createAppRouter } from './router.js';

const jsonResponse = (body: unknown, init: ResponseInit = {}) =>
  new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' }, ...init });

interface GraphqlRequest {
  operationName: string;
  variables: Record<string, unknown>;
}

const requestOf = (init: RequestInit | undefined): GraphqlRequest => JSON.parse(String(init?.body));

/** Answers the overview with the fixture and each page of schools as the API would, from these schools. */
function fakeApi(schools = laOverviewSchools): typeof fetch {
  return async (_url, init) => {
    const { operationName, variables } = requestOf(init);
    if (operationName === 'LaOverview') {
      const overview = laOverviewResponse.data.laOverview;
      const schoolFilterOptions = schools.map(({ phase, type }) => ({ phase, type }));
      return jsonResponse({
        data: { laOverview: { ...overview, schoolCount: schools.length, schoolFilterOptions } },
      });
    }
    if (operationName === 'LaOverviewSchools') {
      return jsonResponse(laOverviewSchoolsResponse(variables as LaOverviewSchoolsQueryVariables, schools));
    }
    throw new Error(`Unexpected operation ${operationName}`);
  };
}

/** The schools requests made so far, in order. */
function schoolRequests(fetchMock: ReturnType<typeof vi.fn<typeof fetch>>) {
  return fetchMock.mock.calls
    .map(([, init]) => requestOf(init))
    .filter((request) => request.operationName === 'LaOverviewSchools')
    .map((request) => request.variables);
}

function renderApp(path = '/') {
  // No retries: a failed request should show the error state at once.
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createAppRouter({ history: createMemoryHistory({ initialEntries: [path] }) });
  return { router, ...render(<App queryClient={queryClient} router={router} />) };
}

function headlineCard(title: string): HTMLElement {
  const heading = screen.getByRole('heading', { level: 3, name: title });
  return heading.closest('li')!;
}

function cardFigures(title: string): string[] {
  const card = headlineCard(title);
  return [
    card.querySelector('.app-headline-card__rate')?.textContent ?? '',
    ...Array.from(card.querySelectorAll('.app-headline-card__counts dt')).map(
      (term) => `${term.textContent}: ${term.nextSibling?.textContent}`,
    ),
  ];
}

function schoolRows(): string[][] {
  const table = screen.getByRole('table', { name: 'Attendance by school' });
  const [, body] = within(table).getAllByRole('rowgroup');
  return within(body!)
    .getAllByRole('row')
    .map((row) => Array.from(row.children).map((cell) => cell.textContent ?? ''));
}

describe(App.name, () => {
  const fetchMock = vi.fn<typeof fetch>();

  beforeEach(() => {
    fetchMock.mockReset();
    vi.stubGlobal('fetch', fetchMock);
  });

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('loads the overview with one LaOverview query to /graphql, then the first page of 50 schools by name', async () => {
    fetchMock.mockImplementation(fakeApi());
    renderApp();

    await screen.findByRole('table', { name: 'Attendance by school' });

    expect(fetchMock).toHaveBeenCalledTimes(2);
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('/graphql');
    expect(requestOf(init)).toMatchObject({ operationName: 'LaOverview', variables: {} });
    expect(fetchMock.mock.calls[1]![0]).toBe('/graphql');
    expect(schoolRequests(fetchMock)).toEqual([{ sort: 'NAME', descending: false, limit: 50, offset: 0 }]);
  });

  it('titles the page and marks the LA overview as the current section of the service navigation', async () => {
    fetchMock.mockImplementation(fakeApi());
    renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Attendance overview' });

    expect(document.title).toBe('Attendance overview - Attendance Insight');
    const menu = screen.getByRole('navigation', { name: 'Menu' });
    const current = within(menu).getByRole('link', { current: 'page' });
    expect(current.textContent).toBe('LA overview');
    expect(current.getAttribute('href')).toBe('/');
  });

  it('answers an unknown address with "Page not found" and a way back, without asking the API', async () => {
    renderApp('/no/such/page');

    await screen.findByRole('heading', { level: 1, name: 'Page not found' });
    expect(document.title).toBe('Page not found - Attendance Insight');
    expect(screen.getByRole('link', { name: 'Go to the LA overview' }).getAttribute('href')).toBe('/');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('shows a loading message until the figures arrive', async () => {
    let respond: () => void = () => undefined;
    const answer = fakeApi();
    fetchMock.mockImplementation(
      (url, init) => new Promise((resolve) => (respond = () => resolve(answer(url, init)))),
    );
    renderApp();

    expect((await screen.findByRole('status')).textContent).toBe('Loading attendance figures…');

    respond();
    await screen.findByRole('heading', { level: 1, name: 'Attendance overview' });
    expect(screen.queryByText('Loading attendance figures…')).toBeNull();
    // The schools table has its own loading message until its page arrives.
    expect(screen.getByText('Loading the schools…')).toBeDefined();
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(2));
    respond();
    await screen.findByRole('table', { name: 'Attendance by school' });
    expect(screen.queryByText('Loading the schools…')).toBeNull();
  });

  it('labels the figures with the LA, period, cohort and data date', async () => {
    fetchMock.mockImplementation(fakeApi());
    const { container } = renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Attendance overview' });

    expect(container.querySelector('.govuk-caption-l')?.textContent).toBe('Synthetic Borough Council');
    const facts = Array.from(container.querySelectorAll('.govuk-summary-list__row')).map(
      (row) => `${row.querySelector('dt')?.textContent}: ${row.querySelector('dd')?.textContent}`,
    );
    expect(facts).toEqual([
      'Period: Academic year 2025/26 to date, 1 September 2025 to 19 September 2025',
      'Pupils: Statutory school age (5 to 15), the DfE headline measure',
      'Data as of: 19 September 2025',
    ]);
  });

  it('shows the headline rates to one decimal place with the counts behind them', async () => {
    fetchMock.mockImplementation(fakeApi());
    renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Attendance overview' });

    expect(cardFigures('Attendance')).toEqual([
      '93.6%',
      'Sessions attended: 23,129',
      'Possible sessions: 24,720',
    ]);
    expect(cardFigures('Authorised absence')).toEqual([
      '4.4%',
      'Sessions missed: 1,091',
      'Possible sessions: 24,720',
    ]);
    expect(cardFigures('Unauthorised absence')).toEqual([
      '2.0%',
      'Sessions missed: 500',
      'Possible sessions: 24,720',
    ]);
    expect(cardFigures('Persistent absence')).toEqual([
      '18.8%',
      'Pupils missing 10% or more: 237',
      'Enrolments: 1,260',
    ]);
    expect(cardFigures('Severe absence')).toEqual([
      '1.3%',
      'Pupils missing 50% or more: 17',
      'Enrolments: 1,260',
    ]);
  });

  it('offers the weekly trend as a table', async () => {
    fetchMock.mockImplementation(fakeApi());
    renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Attendance overview' });

    const trendTable = screen.getByRole('table', { name: /absence by week/ });
    const firstWeek = within(trendTable).getAllByRole('row')[1]!;
    expect(Array.from(firstWeek.children).map((cell) => cell.textContent)).toEqual([
      '1 September 2025',
      'Autumn 1',
      '5.2%',
      '3.9%',
      '1.3%',
      '8,240',
    ]);
  });

  it('lists the schools by name, with "no data" for a school without possible sessions, and sorts them', async () => {
    fetchMock.mockImplementation(fakeApi());
    renderApp();
    await screen.findByRole('table', { name: 'Attendance by school' });

    expect(schoolRows()).toEqual([
      [
        '900101',
        'Ashdown Primary School',
        'Primary',
        'Community school',
        '420',
        '95.1%',
        '14.5%',
        '0.7%',
        '+0.3 pts',
        '0',
        '1',
        expect.stringMatching(/^18 Sept? 20251 register date behind$/),
      ],
      [
        '900102',
        'Brookfield Academy',
        'Secondary',
        'Academy converter',
        '840',
        '92.8%',
        '21.0%',
        '1.7%',
        '-0.5 pts',
        '12',
        '42 at 6+ days',
        expect.stringMatching(/^19 Sept? 2025up to date$/),
      ],
      [
        '900103',
        'Cherry Tree School',
        'Special',
        'Community special school',
        '0',
        'no data',
        'no data',
        'no data',
        'no data',
        '0',
        '0',
        'no data',
      ],
    ]);
    const link = within(screen.getByRole('table', { name: 'Attendance by school' })).getByRole('link', {
      name: 'Brookfield Academy',
    });
    expect(link.getAttribute('href')).toBe('/schools/900102');

    fireEvent.click(screen.getByRole('button', { name: 'Attendance' }));
    await vi.waitFor(() =>
      expect(schoolRows().map((row) => row[1])).toEqual([
        'Brookfield Academy',
        'Ashdown Primary School',
        'Cherry Tree School',
      ]),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Attendance' }));
    await vi.waitFor(() =>
      expect(schoolRows().map((row) => row[1])).toEqual([
        'Ashdown Primary School',
        'Brookfield Academy',
        'Cherry Tree School',
      ]),
    );
    // The API sorted each order: the table asked for it rather than sorting the page itself.
    expect(schoolRequests(fetchMock).map(({ sort, descending }) => `${sort} ${descending}`)).toEqual([
      'NAME false',
      'ATTENDANCE false',
      'ATTENDANCE true',
    ]);
  });

  it('offers sorting only by the columns the API sorts by', async () => {
    fetchMock.mockImplementation(fakeApi());
    renderApp();
    const table = await screen.findByRole('table', { name: 'Attendance by school' });

    const sortable = within(table)
      .getAllByRole('columnheader')
      .filter((header) => within(header).queryByRole('button'))
      .map((header) => within(header).getByRole('button').textContent?.replace(/[▲▼]/g, ''));
    expect(sortable).toEqual([
      'School',
      'Attendance',
      'Persistent absence',
      'Severe absence',
      '4-week change',
      'At penalty notice threshold',
      'CME flags (3+ days)',
      'Latest data',
    ]);
    expect(within(table).getByRole('columnheader', { name: 'Enrolments' }).hasAttribute('aria-sort')).toBe(
      false,
    );
  });

  it.each([
    // Fixture: Brookfield 12 pupils, 4 children, -0.46 pts; Ashdown 0, 1, +0.31; Cherry Tree 0, 0, no change.
    {
      column: 'At penalty notice threshold',
      ascending: ['Ashdown Primary School', 'Cherry Tree School', 'Brookfield Academy'],
      descending: ['Brookfield Academy', 'Ashdown Primary School', 'Cherry Tree School'],
    },
    {
      column: 'CME flags (3+ days)',
      ascending: ['Cherry Tree School', 'Ashdown Primary School', 'Brookfield Academy'],
      descending: ['Brookfield Academy', 'Ashdown Primary School', 'Cherry Tree School'],
    },
    {
      column: '4-week change',
      ascending: ['Brookfield Academy', 'Ashdown Primary School', 'Cherry Tree School'],
      descending: ['Ashdown Primary School', 'Brookfield Academy', 'Cherry Tree School'],
    },
  ])(
    'shows the schools in the order the API gives by $column, both ways',
    async ({ column, ascending, descending }) => {
      fetchMock.mockImplementation(fakeApi());
      const { router } = renderApp();
      await screen.findByRole('table', { name: 'Attendance by school' });

      fireEvent.click(screen.getByRole('button', { name: column }));
      await vi.waitFor(() => expect(schoolRows().map((row) => row[1])).toEqual(ascending));
      expect(screen.getByRole('columnheader', { name: column }).getAttribute('aria-sort')).toBe('ascending');
      fireEvent.click(screen.getByRole('button', { name: column }));
      await vi.waitFor(() => expect(schoolRows().map((row) => row[1])).toEqual(descending));
      expect(screen.getByRole('columnheader', { name: column }).getAttribute('aria-sort')).toBe('descending');
      expect(router.state.location.search).toMatchObject({ direction: 'descending', page: 1 });
    },
  );

  it.each([
    { column: 'Persistent absence', sort: 'PERSISTENT_ABSENCE' },
    { column: 'Severe absence', sort: 'SEVERE_ABSENCE' },
    { column: 'Latest data', sort: 'LAST_MARK_DATE' },
    { column: '4-week change', sort: 'FOUR_WEEK_CHANGE' },
    { column: 'At penalty notice threshold', sort: 'PENALTY_NOTICE_PUPILS' },
    { column: 'CME flags (3+ days)', sort: 'CME_CHILDREN' },
  ])('asks the API for the schools by $sort when $column is selected', async ({ column, sort }) => {
    fetchMock.mockImplementation(fakeApi());
    const { router } = renderApp('/?page=1');
    await screen.findByRole('table', { name: 'Attendance by school' });

    fireEvent.click(screen.getByRole('button', { name: column }));
    await vi.waitFor(() =>
      expect(schoolRequests(fetchMock).at(-1)).toMatchObject({ sort, descending: false, offset: 0 }),
    );
    expect(router.state.location.search).toMatchObject({ direction: 'ascending', page: 1 });
  });

  it('opens an old link sorted by a column the API cannot sort by sorted by name', async () => {
    fetchMock.mockImplementation(fakeApi());
    const { router } = renderApp('/?sort=enrolments&direction=descending');
    await screen.findByRole('table', { name: 'Attendance by school' });

    expect(router.state.location.search).toMatchObject({ sort: 'name', direction: 'descending' });
    expect(schoolRequests(fetchMock)).toEqual([expect.objectContaining({ sort: 'NAME', descending: true })]);
  });

  it('pages the schools 50 at a time with GOV.UK pagination links, keeping the page in the URL', async () => {
    const manySchools = Array.from({ length: 120 }, (_, index) => ({
      ...laOverviewSchools[index % 3]!,
      urn: String(910000 + index),
      name: `School ${String(index + 1).padStart(3, '0')}`,
    }));
    fetchMock.mockImplementation(fakeApi(manySchools));
    const { router } = renderApp();
    await screen.findByRole('table', { name: 'Attendance by school' });

    expect(screen.getByText(/^Showing 120 of 120 schools\./).textContent).toBe(
      'Showing 120 of 120 schools. Page 1 of 3: schools 1 to 50.',
    );
    expect(schoolRows()).toHaveLength(50);
    expect(schoolRows()[0]![1]).toBe('School 001');
    const pages = screen.getByRole('navigation', { name: 'Schools pages' });
    expect(within(pages).getByRole('link', { name: 'Page 1' }).getAttribute('aria-current')).toBe('page');

    fireEvent.click(within(pages).getByRole('link', { name: 'Next page' }));
    await vi.waitFor(() => expect(schoolRows()[0]![1]).toBe('School 051'));
    expect(router.state.location.search).toMatchObject({ page: 2 });
    expect(schoolRequests(fetchMock).at(-1)).toMatchObject({ limit: 50, offset: 50 });

    fireEvent.click(
      within(screen.getByRole('navigation', { name: 'Schools pages' })).getByRole('link', { name: 'Page 3' }),
    );
    await vi.waitFor(() => expect(schoolRows()).toHaveLength(20));
    expect(screen.getByRole('status').textContent).toBe(
      'Showing 120 of 120 schools. Page 3 of 3: schools 101 to 120.',
    );

    // A new order starts again from the first page.
    fireEvent.click(screen.getByRole('button', { name: 'Attendance' }));
    await vi.waitFor(() =>
      expect(router.state.location.search).toMatchObject({ sort: 'attendance', page: 1 }),
    );
    await vi.waitFor(() =>
      expect(schoolRequests(fetchMock).at(-1)).toMatchObject({ sort: 'ATTENDANCE', offset: 0 }),
    );

    router.history.back();
    await vi.waitFor(() => expect(router.state.location.search).toMatchObject({ sort: 'name', page: 3 }));
    await vi.waitFor(() => expect(schoolRows()).toHaveLength(20));
  });

  it('keeps the page shown while the next one loads, and says it is loading', async () => {
    const answer = fakeApi();
    let release: () => void = () => undefined;
    fetchMock.mockImplementation(async (url, init) => {
      if ((requestOf(init).variables as { sort?: string }).sort === 'ATTENDANCE') {
        await new Promise<void>((resolve) => (release = resolve));
      }
      return answer(url, init);
    });
    renderApp();
    await screen.findByRole('table', { name: 'Attendance by school' });

    fireEvent.click(screen.getByRole('button', { name: 'Attendance' }));
    await screen.findByText(/Loading the schools asked for/);
    expect(schoolRows().map((row) => row[1])).toEqual([
      'Ashdown Primary School',
      'Brookfield Academy',
      'Cherry Tree School',
    ]);

    release();
    await vi.waitFor(() => expect(schoolRows()[0]![1]).toBe('Brookfield Academy'));
    expect(screen.queryByText(/Loading the schools asked for/)).toBeNull();
  });

  it('describes the page shown, not the one asked for, while the next page loads', async () => {
    const manySchools = Array.from({ length: 120 }, (_, index) => ({
      ...laOverviewSchools[index % 3]!,
      urn: String(910000 + index),
      name: `School ${String(index + 1).padStart(3, '0')}`,
    }));
    const answer = fakeApi(manySchools);
    let release: () => void = () => undefined;
    fetchMock.mockImplementation(async (url, init) => {
      if ((requestOf(init).variables as { offset?: number }).offset === 100) {
        await new Promise<void>((resolve) => (release = resolve));
      }
      return answer(url, init);
    });
    renderApp();
    await screen.findByRole('table', { name: 'Attendance by school' });

    fireEvent.click(
      within(screen.getByRole('navigation', { name: 'Schools pages' })).getByRole('link', { name: 'Page 3' }),
    );
    await screen.findByText(/Loading the schools asked for/);
    expect(screen.getByRole('status').textContent).toBe(
      'Showing 120 of 120 schools. Page 1 of 3: schools 1 to 50. Loading the schools asked for…',
    );
    expect(schoolRows()[0]![1]).toBe('School 001');

    release();
    await vi.waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        'Showing 120 of 120 schools. Page 3 of 3: schools 101 to 120.',
      ),
    );
    expect(schoolRows()[0]![1]).toBe('School 101');
  });

  it('offers the first page, and no page links, for a page past the last one', async () => {
    fetchMock.mockImplementation(fakeApi());
    const { router } = renderApp('/?phase=Primary&page=3');

    await screen.findByText(/There are no schools on page 3\./);
    expect(screen.queryByRole('navigation', { name: 'Schools pages' })).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('Showing 1 of 3 schools.');

    fireEvent.click(screen.getByRole('link', { name: 'Go to the first page' }));
    await screen.findByRole('table', { name: 'Attendance by school' });
    expect(router.state.location.search).toMatchObject({ phase: 'Primary', page: 1 });
    expect(schoolRows().map((row) => row[1])).toEqual(['Ashdown Primary School']);
  });

  it('shows an error and a way to try again when the schools cannot be loaded', async () => {
    const answer = fakeApi();
    let failSchools = true;
    fetchMock.mockImplementation(async (url, init) => {
      if (requestOf(init).operationName === 'LaOverviewSchools' && failSchools) {
        failSchools = false;
        return new Response('Bad Gateway', { status: 502, statusText: 'Bad Gateway' });
      }
      return answer(url, init);
    });
    renderApp();

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The schools could not be loaded.');
    expect(screen.getByRole('heading', { level: 1, name: 'Attendance overview' })).toBeDefined();

    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findByRole('table', { name: 'Attendance by school' });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('keeps the filters and the order in the URL, and opens a link to them as it was', async () => {
    fetchMock.mockImplementation(fakeApi());
    const { router } = renderApp('/?sort=attendance&direction=descending');
    await screen.findByRole('table', { name: 'Attendance by school' });

    expect(schoolRows().map((row) => row[1])).toEqual([
      'Ashdown Primary School',
      'Brookfield Academy',
      'Cherry Tree School',
    ]);
    expect(screen.getByRole('columnheader', { name: 'Attendance' }).getAttribute('aria-sort')).toBe(
      'descending',
    );

    fireEvent.change(screen.getByRole('combobox', { name: 'Phase' }), { target: { value: 'Secondary' } });
    await screen.findByText('Showing 1 of 3 schools.');
    expect(schoolRows().map((row) => row[1])).toEqual(['Brookfield Academy']);
    expect(router.state.location.search).toEqual({
      phase: 'Secondary',
      sort: 'attendance',
      direction: 'descending',
      page: 1,
    });
    expect(schoolRequests(fetchMock).at(-1)).toEqual({
      phase: 'Secondary',
      sort: 'ATTENDANCE',
      descending: true,
      limit: 50,
      offset: 0,
    });
    // The filters still offer every phase of the LA, not only those on the page.
    const phases = screen.getByRole('combobox', { name: 'Phase' }) as HTMLSelectElement;
    expect(Array.from(phases.options).map((option) => option.text)).toEqual([
      'All phases',
      'Primary',
      'Secondary',
      'Special',
    ]);

    fireEvent.click(screen.getByRole('button', { name: 'School' }));
    await vi.waitFor(() => expect(router.state.location.search).toMatchObject({ sort: 'name' }));

    router.history.back();
    await vi.waitFor(() => expect(router.state.location.search).toMatchObject({ sort: 'attendance' }));
    expect((screen.getByRole('combobox', { name: 'Phase' }) as HTMLSelectElement).value).toBe('Secondary');
  });

  it('compares each headline rate with last week, last year and the published figures, with sources', async () => {
    fetchMock.mockImplementation(fakeApi());
    renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Attendance overview' });

    const comparisons = (title: string) =>
      Array.from(headlineCard(title).querySelectorAll('.app-headline-card__comparisons dt')).map(
        (term) => `${term.textContent}: ${term.nextElementSibling?.textContent}`,
      );
    expect(comparisons('Attendance')).toEqual([
      'Since last week: down 0.6 percentage pointsCompared with 1 August 2025 to 14 September 2025',
      'Since the same point last year: no data last year',
      'Gap to South East (Daily attendance data): 0.5 percentage points higherDfE daily attendance data, 2024/25, Full year',
      'Gap to England (Annual school census): 0.7 percentage points higherDfE annual school census, 2024/25, Full year',
    ]);
    expect(comparisons('Severe absence').slice(2)).toEqual([
      'Gap to South East (Daily attendance data): published as x (Not available.)DfE daily attendance data, 2024/25, Full year',
      'Gap to England (Annual school census): published as c (Suppressed to protect confidentiality.)DfE annual school census, 2024/25, Full year',
    ]);
  });

  it.each([
    {
      name: 'the server fails',
      response: () =>
        new Response('Internal Server Error', { status: 500, statusText: 'Internal Server Error' }),
      message: 'The server answered 500 Internal Server Error',
    },
    {
      name: 'the query is rejected',
      response: () => jsonResponse({ errors: [{ message: 'No data has been loaded' }], data: null }),
      message: 'No data has been loaded',
    },
  ])('shows an error summary and a way to try again when $name', async ({ response, message }) => {
    fetchMock.mockResolvedValueOnce(response()).mockImplementation(fakeApi());
    renderApp();

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'There is a problem' })).toBeDefined();
    expect(alert.textContent).toContain(message);

    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findByRole('heading', { level: 1, name: 'Attendance overview' });
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
