import { act, fireEvent, screen, within } from '@testing-library/react';
import {
  answerSchoolApi,
  EMPTY_LIST_FIELDS,
  requestsNamed,
  SCHOOL_URN,
  type GraphqlRequest,
} from './__fixtures__/school-api.js';
import { bodyRowsOf, renderSchoolPage, stubFetchForEachTest } from './__fixtures__/render-school-page.js';
import { ACTION_LIST_DEFINITIONS } from './action-lists.js';
import { SchoolActionLists } from './school-action-lists.js';

function listRows(name: string): string[][] {
  return bodyRowsOf(screen.getByRole('table', { name }));
}

function lastRequest(fetchMock: ReturnType<typeof vi.fn<typeof fetch>>, name: string): GraphqlRequest {
  const request = requestsNamed(fetchMock, name).at(-1);
  if (!request) throw new Error(`no ${name} request`);
  return request;
}

describe(SchoolActionLists.name, () => {
  const fetchMock = stubFetchForEachTest();

  it("opens the school's persistent absentees, first page in the default order, asked of the API by URN", async () => {
    answerSchoolApi(fetchMock);
    renderSchoolPage(`/schools/${SCHOOL_URN}`);

    await screen.findByRole('table', { name: 'Persistent absentees' });
    expect(lastRequest(fetchMock, 'SchoolAbsenteeList').variables).toEqual({
      urn: SCHOOL_URN,
      list: 'PERSISTENT',
      sort: 'ATTENDANCE',
      limit: 25,
      offset: 0,
    });
    expect(screen.getByText('30 pupils, page 1 of 2.')).toBeDefined();
    const rows = listRows('Persistent absentees');
    expect(rows).toHaveLength(25);
    expect(rows[0]).toEqual(['A900101000000', '3', '60.0%', '1,000', '114']);
    expect(rows[1]).toEqual(['A900101000001', 'Not recorded', '60.3%', '1,001', '114']);
  });

  it('links each pupil to their page by the store id, never by UPN', async () => {
    answerSchoolApi(fetchMock);
    const { container } = renderSchoolPage(`/schools/${SCHOOL_URN}`);
    const table = await screen.findByRole('table', { name: 'Persistent absentees' });

    const links = within(table).getAllByRole('link');
    expect(links.slice(0, 2).map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['A900101000000', '/schools/900101/pupils/501'],
      ['A900101000001', '/schools/900101/pupils/502'],
    ]);
    const hrefs = Array.from(container.querySelectorAll('a[href]')).map((link) => link.getAttribute('href'));
    expect(hrefs.filter((href) => href?.includes('A9001010'))).toEqual([]);
  });

  it('pages the list in the URL, asking the API for the next rows, and Back returns to the first page', async () => {
    answerSchoolApi(fetchMock);
    const { router, search } = renderSchoolPage(`/schools/${SCHOOL_URN}`);
    await screen.findByRole('table', { name: 'Persistent absentees' });

    const pages = screen.getByRole('navigation', { name: 'Persistent absentees pages' });
    fireEvent.click(within(pages).getByRole('link', { name: 'Next page' }));

    await screen.findByText('30 pupils, page 2 of 2.');
    expect(search()['page']).toBe(2);
    expect(lastRequest(fetchMock, 'SchoolAbsenteeList').variables).toMatchObject({ limit: 25, offset: 25 });
    expect(listRows('Persistent absentees').map((row) => row[0])).toEqual([
      'A900101000025',
      'A900101000026',
      'A900101000027',
      'A900101000028',
      'A900101000029',
    ]);

    act(() => router.history.back());
    await screen.findByText('30 pupils, page 1 of 2.');
  });

  it('orders the list from the URL and starts the new order on its first page', async () => {
    answerSchoolApi(fetchMock);
    const { search } = renderSchoolPage(`/schools/${SCHOOL_URN}?page=2`);
    await screen.findByText('30 pupils, page 2 of 2.');

    fireEvent.change(screen.getByLabelText('Order'), { target: { value: 'UNAUTHORISED' } });

    await screen.findByText('30 pupils, page 1 of 2.');
    expect(search()).toMatchObject({ sort: 'UNAUTHORISED', page: 1 });
    expect(lastRequest(fetchMock, 'SchoolAbsenteeList').variables).toMatchObject({
      sort: 'UNAUTHORISED',
      offset: 0,
    });
  });

  it("uses the list's default order for a sort it does not offer", async () => {
    answerSchoolApi(fetchMock);
    renderSchoolPage(`/schools/${SCHOOL_URN}?sort=DROP`);
    await screen.findByRole('table', { name: 'Persistent absentees' });

    expect(lastRequest(fetchMock, 'SchoolAbsenteeList').variables).toMatchObject({ sort: 'ATTENDANCE' });
    expect((screen.getByLabelText('Order') as HTMLSelectElement).value).toBe('ATTENDANCE');
  });

  it('opens another list by its link, marking it as the current one, in its own default order', async () => {
    answerSchoolApi(fetchMock);
    const { search } = renderSchoolPage(`/schools/${SCHOOL_URN}?sort=UNAUTHORISED&page=2`);
    await screen.findByRole('table', { name: 'Persistent absentees' });

    const lists = screen.getByRole('navigation', { name: 'Action lists' });
    fireEvent.click(within(lists).getByRole('link', { name: 'Penalty-notice threshold' }));

    await screen.findByText('No pupils meet the penalty-notice threshold at this school.');
    expect(search()).toMatchObject({ list: 'penaltyNotice', page: 1 });
    expect(search()['sort']).toBeUndefined();
    expect(lastRequest(fetchMock, 'SchoolPenaltyNoticeList').variables).toEqual({
      urn: SCHOOL_URN,
      sort: 'SESSIONS',
      limit: 25,
      offset: 0,
    });
    expect(
      within(lists).getByRole('link', { name: 'Penalty-notice threshold' }).getAttribute('aria-current'),
    ).toBe('page');
    expect(
      within(lists).getByRole('link', { name: 'Persistent absentees' }).hasAttribute('aria-current'),
    ).toBe(false);
  });

  it.each(ACTION_LIST_DEFINITIONS.map((list) => [list.id, list] as const))(
    'asks for the %s list of the school and says when it is empty',
    async (id, list) => {
      answerSchoolApi(fetchMock, {
        SchoolAbsenteeList: () => ({ data: { absenteeList: { length: 0, pupils: [] } } }),
      });
      renderSchoolPage(`/schools/${SCHOOL_URN}?list=${id}`);

      await screen.findByText(list.empty);
      expect(screen.getByRole('heading', { level: 3, name: list.title })).toBeDefined();
      const listRequests = Object.keys(EMPTY_LIST_FIELDS).flatMap((name) => requestsNamed(fetchMock, name));
      expect(listRequests).toHaveLength(1);
      expect(listRequests[0]?.variables).toMatchObject({ urn: SCHOOL_URN, sort: list.sorts[0]?.value });
      expect(screen.queryByRole('navigation', { name: `${list.title} pages` })).toBeNull();
    },
  );

  it('says when the list could not be loaded', async () => {
    answerSchoolApi(fetchMock, {
      SchoolAbsenteeList: () => ({ errors: [{ message: 'limit must be at most 500' }], data: null }),
    });
    renderSchoolPage(`/schools/${SCHOOL_URN}`);

    await screen.findByText('The list could not be loaded. limit must be at most 500');
    expect(screen.queryByRole('table', { name: 'Persistent absentees' })).toBeNull();
  });
});
