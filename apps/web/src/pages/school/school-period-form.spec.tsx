import { act, fireEvent, screen, within } from '@testing-library/react';
import { answerSchoolApi, requestsNamed, SCHOOL_URN, schoolPageData } from './__fixtures__/school-api.js';
import { renderSchoolPage, stubFetchForEachTest } from './__fixtures__/render-school-page.js';
import { SchoolPeriodForm } from './school-period-form.js';

function input(label: 'From' | 'To'): HTMLInputElement {
  const period = screen.getByRole('group', { name: 'Period' });
  return within(period).getByLabelText(label);
}

function periodFact(container: HTMLElement): string | null | undefined {
  return Array.from(container.querySelectorAll('.govuk-summary-list__row'))
    .find((row) => row.querySelector('dt')?.textContent === 'Period')
    ?.querySelector('dd')?.textContent;
}

describe(SchoolPeriodForm.name, () => {
  const fetchMock = stubFetchForEachTest();

  it('starts at the period the figures cover, with no way back to a default it already shows', async () => {
    answerSchoolApi(fetchMock);
    renderSchoolPage(`/schools/${SCHOOL_URN}`);
    await screen.findByRole('group', { name: 'Period' });

    expect([input('From').value, input('To').value]).toEqual(['2025-09-01', '2025-09-19']);
    expect(screen.queryByRole('link', { name: 'Show the academic year to date' })).toBeNull();
  });

  it('puts a chosen period in the URL and asks every figure and list for it, the open list from page 1', async () => {
    answerSchoolApi(fetchMock);
    const { search } = renderSchoolPage(`/schools/${SCHOOL_URN}?page=2`);
    await screen.findByRole('group', { name: 'Period' });

    fireEvent.change(input('From'), { target: { value: '2025-09-08' } });
    fireEvent.change(input('To'), { target: { value: '2025-09-12' } });
    fireEvent.click(screen.getByRole('button', { name: 'Show this period' }));

    await screen.findByRole('link', { name: 'Show the academic year to date' });
    expect(search()).toMatchObject({ from: '2025-09-08', to: '2025-09-12', page: 1 });
    const period = { from: '2025-09-08', to: '2025-09-12' };
    expect(requestsNamed(fetchMock, 'SchoolPage').at(-1)?.variables).toEqual({ urn: SCHOOL_URN, ...period });
    expect(requestsNamed(fetchMock, 'SchoolBreakdown').at(-1)?.variables).toMatchObject(period);
    expect(requestsNamed(fetchMock, 'SchoolAbsenteeList').at(-1)?.variables).toMatchObject({
      ...period,
      offset: 0,
    });
  });

  it('draws up the lists kept on a date on the last day of a shared period, and labels the period', async () => {
    answerSchoolApi(fetchMock);
    const { container } = renderSchoolPage(
      `/schools/${SCHOOL_URN}?from=2025-09-08&to=2025-09-12&list=penaltyNotice`,
    );

    await screen.findByText('No pupils meet the penalty-notice threshold at this school.');
    expect(requestsNamed(fetchMock, 'SchoolPenaltyNoticeList')[0]?.variables).toEqual({
      urn: SCHOOL_URN,
      sort: 'SESSIONS',
      limit: 25,
      offset: 0,
      asOf: '2025-09-12',
    });
    // The fixture's overview answers with its own period; the label is the one the API resolved.
    expect(periodFact(container)).toBe('1 September 2025 to 19 September 2025 (academic year 2025/26)');
    expect([input('From').value, input('To').value]).toEqual(['2025-09-08', '2025-09-12']);
  });

  it('refuses a last date before the first, saying which and why, without changing the URL', async () => {
    answerSchoolApi(fetchMock);
    const { search } = renderSchoolPage(`/schools/${SCHOOL_URN}`);
    await screen.findByRole('group', { name: 'Period' });

    fireEvent.change(input('From'), { target: { value: '2025-09-12' } });
    fireEvent.change(input('To'), { target: { value: '2025-09-08' } });
    fireEvent.click(screen.getByRole('button', { name: 'Show this period' }));

    const message = await screen.findByText('The last date must be the same as or after the first date');
    expect(input('To').getAttribute('aria-describedby')).toBe(message.closest('p')?.id);
    expect(search()['from']).toBeUndefined();
    expect(requestsNamed(fetchMock, 'SchoolPage')).toHaveLength(1);
  });

  it('returns to the academic year to date by its link, and Back restores the chosen period', async () => {
    answerSchoolApi(fetchMock);
    const { router, search } = renderSchoolPage(`/schools/${SCHOOL_URN}?from=2025-09-08&to=2025-09-12`);

    fireEvent.click(await screen.findByRole('link', { name: 'Show the academic year to date' }));
    await screen.findByText(
      (_text, element) =>
        element?.textContent === 'Academic year 2025/26 to date, 1 September 2025 to 19 September 2025',
    );
    expect(search()['from']).toBeUndefined();
    expect(requestsNamed(fetchMock, 'SchoolPage').at(-1)?.variables).toEqual({ urn: SCHOOL_URN });

    act(() => router.history.back());
    await screen.findByRole('link', { name: 'Show the academic year to date' });
    expect([input('From').value, input('To').value]).toEqual(['2025-09-08', '2025-09-12']);
  });

  it('says when the API refuses a period from a link, offering the default period rather than "not found"', async () => {
    answerSchoolApi(fetchMock, {
      SchoolPage: (variables) =>
        variables['from']
          ? {
              errors: [
                {
                  message: 'from 2019-01-01 is in no academic year with data',
                  extensions: { code: 'BAD_USER_INPUT' },
                },
              ],
              data: null,
            }
          : { data: schoolPageData },
    });
    renderSchoolPage(`/schools/${SCHOOL_URN}?from=2019-01-01&to=2019-01-31`);

    await screen.findByRole('heading', { level: 1, name: 'The figures for this period could not be loaded' });
    expect(screen.getByRole('alert').textContent).toContain(
      'from 2019-01-01 is in no academic year with data',
    );
    expect(screen.queryByRole('heading', { name: 'School not found' })).toBeNull();
    const reset = screen.getByRole('link', { name: 'Show the academic year to date' }).getAttribute('href');
    expect(reset).toMatch(new RegExp(`^/schools/${SCHOOL_URN}\\?`));
    expect(reset).not.toMatch(/from|to=/);
  });
});
