import { act, fireEvent, screen, within } from '@testing-library/react';
import { onTestFinished } from 'vitest';
import { answerAnalysisApi, measuresAnswer } from './__fixtures__/analysis-api.js';
import { requestsNamed } from '../school/__fixtures__/school-api.js';
import {
  renderSchoolPage as renderApp,
  stubFetchForEachTest,
} from '../school/__fixtures__/render-school-page.js';

function select(label: string): HTMLSelectElement {
  return screen.getByRole('combobox', { name: label });
}

function choose(label: string, value: string) {
  fireEvent.change(select(label), { target: { value } });
}

async function figuresTable(name: RegExp): Promise<HTMLElement> {
  return screen.findByRole('table', { name });
}

function headerOf(table: HTMLElement): string[] {
  return within(table)
    .getAllByRole('columnheader')
    .map((cell) => cell.textContent ?? '');
}

function firstRow(table: HTMLElement): string[] {
  const [, body] = within(table).getAllByRole('rowgroup');
  const [row] = within(body!).getAllByRole('row');
  return Array.from(row!.children, (cell) => cell.textContent ?? '');
}

/** A blob's text (jsdom's Blob has no text()). */
function textOf(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('The blob could not be read'));
    reader.readAsText(blob);
  });
}

describe('Analyst workspace page', () => {
  const fetchMock = stubFetchForEachTest();

  it('shows overall absence by year group for the statutory cohort, year to date, by default', async () => {
    answerAnalysisApi(fetchMock);
    renderApp('/analysis');

    const table = await figuresTable(/^Overall absence by year group, /);
    expect(requestsNamed(fetchMock, 'AnalysisMeasures').map((request) => request.variables)).toEqual([
      { dimensions: ['yearGroup'], cohort: 'STATUTORY' },
    ]);
    expect(document.title).toBe('Analyst workspace - Attendance Insight');
    expect([select('Measure').value, select('Break down by').value, select('Then by').value]).toEqual([
      'overall-absence',
      'yearGroup',
      '',
    ]);
    expect(headerOf(table).slice(0, 4)).toEqual([
      'Year group',
      'Enrolments',
      'Possible sessions',
      'Overall absence',
    ]);
    expect(firstRow(table).slice(0, 4)).toEqual(['Total', '40', '4,000', '7.5%']);
    expect(screen.getByText('Academic year 2026/27 to date, 1 August 2026 to 20 November 2026')).toBeTruthy();
    expect(select('Time identifier in the DfE file').value).toBe('Academic year');
  });

  it('keeps every choice in the URL, and Back restores the one before', async () => {
    answerAnalysisApi(fetchMock);
    const { router, search } = renderApp('/analysis');
    await figuresTable(/^Overall absence by year group, /);

    choose('Measure', 'unauthorised');
    choose('Then by', 'sex');
    choose('Compare with', 'la');
    const table = await figuresTable(/^Unauthorised absence by year group and sex, /);
    expect(search()).toMatchObject({
      measure: 'unauthorised',
      by: 'yearGroup',
      by2: 'sex',
      comparison: 'la',
    });
    expect(headerOf(table).slice(0, 7)).toEqual([
      'Year group',
      'Sex',
      'Enrolments',
      'Possible sessions',
      'Unauthorised absence',
      'Unauthorised absence, LA total',
      'Difference from the LA total (percentage points)',
    ]);
    // The second dimension cannot be the first as well: choosing it first drops it as second.
    expect(within(select('Then by')).queryByRole('option', { name: 'Year group' })).toBeNull();
    choose('Break down by', 'sex');
    await figuresTable(/^Unauthorised absence by sex, /);
    expect(search()['by2']).toBeUndefined();

    act(() => router.history.back());
    await figuresTable(/^Unauthorised absence by year group and sex, /);
    expect(select('Then by').value).toBe('sex');
  });

  it('compares with the same dates a year earlier, saying so when the store has nothing then', async () => {
    answerAnalysisApi(fetchMock, {
      AnalysisMeasures: (variables) =>
        variables['from'] === '2025-09-01'
          ? { errors: [{ message: 'no data', extensions: { code: 'BAD_USER_INPUT' } }], data: null }
          : measuresAnswer(variables),
    });
    renderApp('/analysis?from=2026-09-01&to=2026-10-23&comparison=last-year');

    const table = await figuresTable(/^Overall absence by year group, /);
    expect(requestsNamed(fetchMock, 'AnalysisMeasures').map((request) => request.variables)).toEqual([
      { dimensions: ['yearGroup'], cohort: 'STATUTORY', from: '2026-09-01', to: '2026-10-23' },
      { dimensions: ['yearGroup'], cohort: 'STATUTORY', from: '2025-09-01', to: '2025-10-23' },
    ]);
    expect(firstRow(table).slice(3, 6)).toEqual(['7.5%', 'no data', 'no data']);
    expect(
      screen.getByText(
        'The store holds no attendance data for the same dates last year: the comparison shows no data.',
      ),
    ).toBeTruthy();
  });

  it('compares with the published region and England figures, and says plainly when they do not exist', async () => {
    answerAnalysisApi(fetchMock);
    renderApp('/analysis?comparison=published');

    const table = await figuresTable(/^Overall absence by year group, /);
    expect(headerOf(table).slice(3, 6)).toEqual([
      'Overall absence',
      'Overall absence, North West (Daily attendance data, 2025/26, Year to date)',
      'Overall absence, England (Daily attendance data, 2025/26, Year to date)',
    ]);
    expect(firstRow(table).slice(3, 6)).toEqual(['7.5%', '7.2%', '6.9%']);

    choose('Measure', 'severe');
    await figuresTable(/^Severe absence by year group, /);
    expect(
      screen.getByText(
        "Severe absence is not published in the DfE's daily attendance data, so it is not compared with it.",
      ),
    ).toBeTruthy();
    expect(headerOf(await figuresTable(/^Severe absence by year group, /)).slice(4, 5)).toEqual([
      'Attendance',
    ]);
  });

  it('says when the period has no data, and offers the way back to the year to date', async () => {
    answerAnalysisApi(fetchMock, {
      AnalysisMeasures: (variables) => {
        const answer = measuresAnswer(variables);
        answer.data.cohortMeasures.groups = [];
        return answer;
      },
    });
    renderApp('/analysis?from=2026-08-03&to=2026-08-14');

    await screen.findByText(
      'There is no attendance data for this cohort from 3 August 2026 to 14 August 2026. Choose another period or cohort.',
    );
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByRole('link', { name: 'Show the academic year to date' })).toBeTruthy();
  });

  it('offers a retry when the figures fail to load, and shows a refused period as the API worded it', async () => {
    answerAnalysisApi(fetchMock, {
      AnalysisMeasures: () => new Response('Bad gateway', { status: 502, statusText: 'Bad Gateway' }),
    });
    const { unmount } = renderApp('/analysis');
    await screen.findByText('The figures could not be loaded. The server answered 502 Bad Gateway');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
    unmount();

    answerAnalysisApi(fetchMock, {
      AnalysisMeasures: () => ({
        errors: [
          {
            message: 'The period 2026-07-01 to 2026-09-30 spans two academic years',
            extensions: { code: 'BAD_USER_INPUT' },
          },
        ],
        data: null,
      }),
    });
    renderApp('/analysis?from=2026-07-01&to=2026-09-30');
    await screen.findByText('The period 2026-07-01 to 2026-09-30 spans two academic years');
    const reset = screen.getByRole('link', { name: 'Show the academic year to date' }).getAttribute('href');
    expect(reset).toMatch(/^\/analysis\?/);
    expect(reset).not.toMatch(/from=|to=/);
  });

  it('downloads the table as CSV, the same rows as on screen', async () => {
    answerAnalysisApi(fetchMock);
    const saved: Blob[] = [];
    // jsdom has no object URLs: keep the blob the page makes, and check the link it clicks.
    const { createObjectURL, revokeObjectURL } = URL;
    URL.createObjectURL = (blob: Blob) => (saved.push(blob), 'blob:csv');
    URL.revokeObjectURL = vi.fn();
    onTestFinished(() => {
      Object.assign(URL, { createObjectURL, revokeObjectURL });
    });
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      expect(this.download).toBe('attendance-overall-absence-by-year-group-2026-08-01-to-2026-11-20.csv');
    });
    renderApp('/analysis');
    await figuresTable(/^Overall absence by year group, /);

    fireEvent.click(screen.getByRole('button', { name: 'Download the table (CSV)' }));
    await screen.findByText(
      'Downloaded attendance-overall-absence-by-year-group-2026-08-01-to-2026-11-20.csv.',
    );
    expect(clicked).toHaveBeenCalledTimes(1);
    const lines = (await textOf(saved[0]!)).split('\n');
    expect(lines[0]).toBe(
      'Year group,Enrolments,Possible sessions,Overall absence,Attendance,Authorised absence,Unauthorised absence,Persistent absence,Severe absence',
    );
    expect(lines.slice(1, 4)).toEqual([
      'Total,40,4000,7.5,92.5,5.0,2.5,20.0,0.0',
      'Year 7,30,3000,8.0,92.0,5.0,3.0,20.0,0.0',
      'Year 8,10,1000,6.0,94.0,5.0,1.0,20.0,0.0',
    ]);
    clicked.mockRestore();
  });
});
