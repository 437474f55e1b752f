import { QueryClient } from '@tanstack/react-query';
import { createMemoryHistory } from '@tanstack/react-router';
import { render, screen, within } from '@testing-library/react';
import { App } from '../../app.js';
import { createAppRouter } from '../../router.js';
import { DATA_VERSION_POLL_MS } from './use-cme-watch.js';

const jsonResponse = (body: unknown) =>
  new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });

function cmeAnswer(dataAsOf: string, upns: string[]) {
  const list = (length: number) => ({ length });
  return {
    data: {
      cmeMilestoneList: {
        asOf: dataAsOf,
        dataAsOf,
        length: upns.length,
        pupils: upns.map((upn, index) => ({
          pupilId: 100 + index,
          upn,
          urn: '900001',
          yearGroup: '8',
          daysInRun: 7,
          runSince: '2026-11-10',
          milestone: 6,
          lastSchoolDay: dataAsOf,
          lastAttended: '2026-11-09',
          school: {
            name: 'Alder Academy',
            contact: {
              name: 'Sam Jones',
              role: 'Attendance lead',
              email: 'sam.jones@alder.example',
              telephone: '01632 960123',
            },
          },
        })),
      },
      day3: list(upns.length),
      day6: list(upns.length),
      day10: list(0),
      day20: list(0),
    },
  };
}

describe('CME watch page', () => {
  const fetchMock = vi.fn<typeof fetch>();
  let latestRun = { id: 'run-1', status: 'succeeded', finishedAt: '2026-11-20T22:00:00Z' };
  let answer = cmeAnswer('2026-11-20', ['A999400000001']);

  beforeEach(() => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    fetchMock.mockReset();
    fetchMock.mockImplementation(async (_url, init) => {
      const { operationName } = JSON.parse(String(init?.body)) as { operationName: string };
      if (operationName === 'LatestImportRun') return jsonResponse({ data: { importRuns: [latestRun] } });
      if (operationName === 'CmeWatch') return jsonResponse(answer);
      throw new Error(`unexpected operation ${operationName}`);
    });
    vi.stubGlobal('fetch', fetchMock);
  });

  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  const operations = () =>
    fetchMock.mock.calls.map(
      ([, init]) => (JSON.parse(String(init?.body)) as { operationName: string }).operationName,
    );

  it('links each child by pupil id, and refetches the list only when a load has finished since', async () => {
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const router = createAppRouter({
      history: createMemoryHistory({ initialEntries: ['/cme?milestone=6'] }),
    });
    render(<App queryClient={queryClient} router={router} />);

    const table = await screen.findByRole('table', { name: 'Children at a CME milestone' });
    const link = within(table).getByRole('link', { name: 'A999400000001' });
    expect(link.getAttribute('href')).toBe('/schools/900001/pupils/100');
    expect(within(table).getByRole('link', { name: 'sam.jones@alder.example' }).getAttribute('href')).toBe(
      'mailto:sam.jones@alder.example',
    );
    expect(screen.getByText(/Data as of/).textContent).toContain('20 November 2026');
    expect(operations()).toEqual(['LatestImportRun', 'CmeWatch']);

    // A minute on with no load since: the version is asked again, the list is not.
    await vi.advanceTimersByTimeAsync(DATA_VERSION_POLL_MS);
    expect(operations()).toEqual(['LatestImportRun', 'CmeWatch', 'LatestImportRun']);

    // A load finishes: the next poll sees a new run and the list is fetched again, showing the new data.
    latestRun = { id: 'run-2', status: 'succeeded', finishedAt: '2026-11-23T22:00:00Z' };
    answer = cmeAnswer('2026-11-23', ['A999400000001', 'B999400000002']);
    await vi.advanceTimersByTimeAsync(DATA_VERSION_POLL_MS);
    await screen.findByRole('link', { name: 'B999400000002' });
    expect(screen.getByText(/Data as of/).textContent).toContain('23 November 2026');
    expect(operations()).toEqual([
      'LatestImportRun',
      'CmeWatch',
      'LatestImportRun',
      'LatestImportRun',
      'CmeWatch',
    ]);
  });
});
