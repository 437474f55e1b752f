import { screen, within } from '@testing-library/react';
import {
  answerSchoolApi,
  jsonResponse,
  requestsNamed,
  SCHOOL_URN,
  schoolPageData,
} from './__fixtures__/school-api.js';
import { bodyRowsOf, renderSchoolPage, stubFetchForEachTest } from './__fixtures__/render-school-page.js';
import { SchoolPage } from './school-page.js';

const SCHOOL_NAME = schoolPageData.schoolOverview.school.name;

function cardRate(title: string): string {
  const card = screen.getByRole('heading', { level: 3, name: title }).closest('li')!;
  return card.querySelector('.app-headline-card__rate')?.textContent ?? '';
}

describe(SchoolPage.name, () => {
  const fetchMock = stubFetchForEachTest();

  it("asks for the school's overview by its URN and names the school in the heading and title", async () => {
    answerSchoolApi(fetchMock);
    const { container } = renderSchoolPage(`/schools/${SCHOOL_URN}`);

    await screen.findByRole('heading', { level: 1, name: SCHOOL_NAME });
    expect(requestsNamed(fetchMock, 'SchoolPage').map((request) => request.variables)).toEqual([
      { urn: SCHOOL_URN },
    ]);
    expect(document.title).toBe(`${SCHOOL_NAME} - Attendance Insight`);
    expect(container.querySelector('.govuk-caption-l')?.textContent).toBe('Primary school, URN 900101');
    const facts = Array.from(container.querySelectorAll('.govuk-summary-list__row')).map(
      (row) => `${row.querySelector('dt')?.textContent}: ${row.querySelector('dd')?.textContent}`,
    );
    expect(facts).toEqual([
      'Period: Academic year 2025/26 to date, 1 September 2025 to 19 September 2025',
      'Latest data: 18 September 2025',
      'Free school meals: 23.5%',
      'SEN (EHC plan or SEN support): 14.0%',
    ]);
  });

  it("shows the school's headline cards to one decimal place", async () => {
    answerSchoolApi(fetchMock);
    renderSchoolPage(`/schools/${SCHOOL_URN}`);
    await screen.findByRole('heading', { level: 2, name: 'Headline figures' });

    expect(
      [
        'Attendance',
        'Authorised absence',
        'Unauthorised absence',
        'Persistent absence',
        'Severe absence',
      ].map(cardRate),
    ).toEqual(['95.1%', '3.7%', '1.2%', '14.5%', '0.7%']);
  });

  it('compares the school with the LA and the published figures, a suppressed figure as its symbol', async () => {
    answerSchoolApi(fetchMock);
    renderSchoolPage(`/schools/${SCHOOL_URN}`);

    const table = await screen.findByRole('table', { name: /^Absence compared/ });
    expect(bodyRowsOf(table)).toEqual([
      ['Ashdown Primary School', 'This service, 2025/26 to date (daily registers)', '4.9%', '14.5%', '0.7%'],
      [
        'Synthetic Borough Council',
        'This service, 2025/26 to date (daily registers)',
        '6.4%',
        '18.8%',
        '1.3%',
      ],
      ['England (primary)', 'Annual school census, 2024/25, Full academic year', '5.5%', '14.8%', 'x'],
    ]);
    expect(
      within(table)
        .getByRole('link', { name: /^Annual school census/ })
        .getAttribute('href'),
    ).toBe(schoolPageData.schoolOverview.comparisons.published[0]!.sourceUrl);
  });

  it("offers the school's and the LA's weekly absence as a table, a week without sessions as no data", async () => {
    answerSchoolApi(fetchMock);
    renderSchoolPage(`/schools/${SCHOOL_URN}`);

    const table = await screen.findByRole('table', {
      name: 'Overall absence by week: Ashdown Primary School and Synthetic Borough Council',
      hidden: true,
    });
    expect(
      within(table)
        .getAllByRole('columnheader', { hidden: true })
        .map((header) => header.textContent),
    ).toEqual(['Week beginning', 'Ashdown Primary School', 'Synthetic Borough Council (all schools)']);
    expect(bodyRowsOf(table)).toEqual([
      ['1 September 2025', '4.3%', '5.2%'],
      ['8 September 2025', '5.6%', '6.4%'],
      ['15 September 2025', 'no data', '7.7%'],
    ]);
  });

  it('says so when the school has no attendance data in the period yet', async () => {
    answerSchoolApi(fetchMock, {
      SchoolPage: () => ({
        data: { ...schoolPageData, schoolOverview: { ...schoolPageData.schoolOverview, weeklyTrend: [] } },
      }),
    });
    renderSchoolPage(`/schools/${SCHOOL_URN}`);

    await screen.findByText('There is no attendance data for this school in this period yet.');
    expect(screen.queryByRole('table', { name: /^Overall absence by week/, hidden: true })).toBeNull();
  });

  it('links each similar school to its own school page by URN', async () => {
    answerSchoolApi(fetchMock);
    renderSchoolPage(`/schools/${SCHOOL_URN}`);

    const link = await screen.findByRole('link', { name: 'Dovecote Primary School' });
    expect(link.getAttribute('href')).toBe('/schools/900104');
    expect(bodyRowsOf(link.closest('table')!)).toEqual([
      ['Dovecote Primary School', '390', '21.0%', '12.5%', '5.3%', '16.0%'],
    ]);
  });

  it('says when no other school of the phase has data', async () => {
    answerSchoolApi(fetchMock, {
      SchoolPage: () => ({
        data: { ...schoolPageData, schoolOverview: { ...schoolPageData.schoolOverview, similarSchools: [] } },
      }),
    });
    renderSchoolPage(`/schools/${SCHOOL_URN}`);

    await screen.findByText('No other school of the same phase has data for this period.');
  });

  it('shows a loading message until the figures arrive', async () => {
    let respond: (response: Response) => void = () => undefined;
    fetchMock.mockReturnValue(new Promise((resolve) => (respond = resolve)));
    renderSchoolPage(`/schools/${SCHOOL_URN}`);

    expect((await screen.findByRole('status')).textContent).toBe("Loading the school's figures…");
    respond(jsonResponse({ data: schoolPageData }));
    await screen.findByRole('heading', { level: 1, name: SCHOOL_NAME });
  });

  it('answers a URN the API does not know with "School not found", naming the URN and the reason', async () => {
    answerSchoolApi(fetchMock, {
      SchoolPage: () => ({
        errors: [{ message: 'No school with URN 999999', extensions: { code: 'BAD_USER_INPUT' } }],
        data: null,
      }),
    });
    renderSchoolPage('/schools/999999');

    await screen.findByRole('heading', { level: 1, name: 'School not found' });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('The figures for school 999999 could not be loaded.');
    expect(alert.textContent).toContain('No school with URN 999999');
    expect(document.title).toBe('School - Attendance Insight');
    // Nothing else of the page is asked for once the school is unknown.
    expect(requestsNamed(fetchMock, 'SchoolBreakdown')).toEqual([]);
    expect(requestsNamed(fetchMock, 'SchoolAbsenteeList')).toEqual([]);
  });

  it('calls a server fault what it is, not an unknown school, and loads the page on "Try again"', async () => {
    let failing = true;
    answerSchoolApi(fetchMock, {
      SchoolPage: () =>
        failing
          ? {
              errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
              data: null,
            }
          : { data: schoolPageData },
    });
    renderSchoolPage(`/schools/${SCHOOL_URN}`);

    await screen.findByRole('heading', { level: 1, name: "The school's figures could not be loaded" });
    expect(screen.queryByRole('heading', { name: 'School not found' })).toBeNull();
    expect(screen.getByRole('alert').textContent).toContain('Internal server error');
    failing = false;
    screen.getByRole('button', { name: 'Try again' }).click();
    await screen.findByRole('heading', { level: 1, name: SCHOOL_NAME });
  });
});
