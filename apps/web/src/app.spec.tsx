import { QueryClient } from '@tanstack/react-query';
import { createMemoryHistory } from '@tanstack/react-router';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { laOverviewResponse } from './__fixtures__/la-overview-response.js';
import { App } from './app.js';
import { createAppRouter } from './router.js';

const jsonResponse = (body: unknown, init: ResponseInit = {}) =>
  new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' }, ...init });

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

  it('loads the overview with one LaOverview query to /graphql', async () => {
    fetchMock.mockResolvedValue(jsonResponse(laOverviewResponse));
    renderApp();

    await screen.findByRole('heading', { level: 1, name: 'Attendance overview' });

    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('/graphql');
    expect(JSON.parse(String(init?.body))).toMatchObject({ operationName: 'LaOverview', variables: {} });
  });

  it('titles the page and marks the LA overview as the current section of the service navigation', async () => {
    fetchMock.mockResolvedValue(jsonResponse(laOverviewResponse));
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
    let respond: (response: Response) => void = () => undefined;
    fetchMock.mockReturnValue(new Promise((resolve) => (respond = resolve)));
    renderApp();

    expect((await screen.findByRole('status')).textContent).toBe('Loading attendance figures…');

    respond(jsonResponse(laOverviewResponse));
    await screen.findByRole('heading', { level: 1, name: 'Attendance overview' });
    expect(screen.queryByText('Loading attendance figures…')).toBeNull();
  });

  it('labels the figures with the LA, period, cohort and data date', async () => {
    fetchMock.mockResolvedValue(jsonResponse(laOverviewResponse));
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
    fetchMock.mockResolvedValue(jsonResponse(laOverviewResponse));
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
    fetchMock.mockResolvedValue(jsonResponse(laOverviewResponse));
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
    fetchMock.mockResolvedValue(jsonResponse(laOverviewResponse));
    renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Attendance overview' });

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
  });

  it('keeps the filters and the order in the URL, and opens a link to them as it was', async () => {
    fetchMock.mockResolvedValue(jsonResponse(laOverviewResponse));
    const { router } = renderApp('/?sort=attendance&direction=descending');
    await screen.findByRole('heading', { level: 1, name: 'Attendance overview' });

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
    });

    fireEvent.click(screen.getByRole('button', { name: 'School' }));
    await vi.waitFor(() => expect(router.state.location.search).toMatchObject({ sort: 'name' }));

    router.history.back();
    await vi.waitFor(() => expect(router.state.location.search).toMatchObject({ sort: 'attendance' }));
    expect((screen.getByRole('combobox', { name: 'Phase' }) as HTMLSelectElement).value).toBe('Secondary');
  });

  it('compares each headline rate with last week, last year and the published figures, with sources', async () => {
    fetchMock.mockResolvedValue(jsonResponse(laOverviewResponse));
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
    fetchMock.mockResolvedValueOnce(response()).mockResolvedValueOnce(jsonResponse(laOverviewResponse));
    renderApp();

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'There is a problem' })).toBeDefined();
    expect(alert.textContent).toContain(message);

    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findByRole('heading', { level: 1, name: 'Attendance overview' });
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
