import { act, fireEvent, screen } from '@testing-library/react';
import { answerSchoolApi, breakdownData, requestsNamed, SCHOOL_URN } from './__fixtures__/school-api.js';
import { bodyRowsOf, renderSchoolPage, stubFetchForEachTest } from './__fixtures__/render-school-page.js';
import { SchoolBreakdowns } from './school-breakdowns.js';

/** A chart's data table (inside its closed details) as rows of cell text. */
function tableRows(name: string): string[][] {
  return bodyRowsOf(screen.getByRole('table', { name, hidden: true }));
}

describe(SchoolBreakdowns.name, () => {
  const fetchMock = stubFetchForEachTest();

  it("breaks the school's absence down by year group by default, with each group's enrolments", async () => {
    answerSchoolApi(fetchMock);
    renderSchoolPage(`/schools/${SCHOOL_URN}`);

    await screen.findByRole('table', { name: 'Overall absence by year group', hidden: true });
    expect(requestsNamed(fetchMock, 'SchoolBreakdown').map((request) => request.variables)).toEqual([
      { urn: SCHOOL_URN, dimension: 'yearGroup' },
    ]);
    expect((screen.getByLabelText('Break down by') as HTMLSelectElement).value).toBe('yearGroup');
    // The whole-school total is not a bar; a group without possible sessions is "no data", never 0%.
    expect(tableRows('Overall absence by year group')).toEqual([
      ['Year 1', '4.0%', '60'],
      ['Year 2', 'no data', '62'],
      ['Not recorded', '12.5%', '1'],
    ]);
  });

  it("shows the whole school's escalation bands and the reasons with any sessions, by the DfE's names", async () => {
    answerSchoolApi(fetchMock);
    renderSchoolPage(`/schools/${SCHOOL_URN}`);
    await screen.findByRole('table', { name: 'Pupils by attendance band', hidden: true });

    expect(tableRows('Pupils by attendance band')).toEqual([
      ['Expected attendance (95% or more)', '300'],
      ['At risk (90% to 95%)', '59'],
      ['Persistent absence (50% to 90%)', '58'],
      ['Severe absence (50% or less)', '3'],
    ]);
    expect(tableRows('Sessions missed by reason')).toEqual([
      ['Authorised absence for illness, not medical or dental appointments (code I)', '301'],
      ['Unauthorised absence for other reasons (code O)', '1,144'],
    ]);
  });

  it('keeps the chosen breakdown in the URL, and Back returns to the one before', async () => {
    answerSchoolApi(fetchMock);
    const { router, search } = renderSchoolPage(`/schools/${SCHOOL_URN}`);
    await screen.findByRole('table', { name: 'Overall absence by year group', hidden: true });

    fireEvent.change(screen.getByLabelText('Break down by'), { target: { value: 'sex' } });

    await screen.findByRole('table', { name: 'Overall absence by sex', hidden: true });
    expect(search()['breakdown']).toBe('sex');
    expect(requestsNamed(fetchMock, 'SchoolBreakdown').at(-1)?.variables).toEqual({
      urn: SCHOOL_URN,
      dimension: 'sex',
    });
    expect(tableRows('Overall absence by sex')).toEqual([
      ['F', '4.8%', '205'],
      ['M', '5.0%', '215'],
    ]);

    act(() => router.history.back());
    await screen.findByRole('table', { name: 'Overall absence by year group', hidden: true });
    expect((screen.getByLabelText('Break down by') as HTMLSelectElement).value).toBe('yearGroup');
  });

  it('opens on the breakdown a shared link names', async () => {
    answerSchoolApi(fetchMock);
    renderSchoolPage(`/schools/${SCHOOL_URN}?breakdown=sex`);
    await screen.findByRole('table', { name: 'Overall absence by sex', hidden: true });
  });

  it('falls back to year group for a breakdown the page does not offer', async () => {
    answerSchoolApi(fetchMock);
    renderSchoolPage(`/schools/${SCHOOL_URN}?breakdown=shoeSize`);
    await screen.findByRole('table', { name: 'Overall absence by year group', hidden: true });
  });

  it('says so when there are no pupils to break down', async () => {
    answerSchoolApi(fetchMock, {
      SchoolBreakdown: () => ({
        data: { cohortMeasures: { groups: breakdownData('yearGroup').cohortMeasures.groups.slice(-1) } },
      }),
    });
    renderSchoolPage(`/schools/${SCHOOL_URN}`);

    await screen.findByText('There are no pupils to break down for this period.');
    expect(screen.queryByRole('table', { name: 'Overall absence by year group', hidden: true })).toBeNull();
  });

  it('says when the breakdown could not be loaded, and still shows the rest of the page', async () => {
    answerSchoolApi(fetchMock, {
      SchoolBreakdown: () => ({ errors: [{ message: 'The store is busy' }], data: null }),
    });
    renderSchoolPage(`/schools/${SCHOOL_URN}`);

    await screen.findByText('The breakdown could not be loaded. The store is busy');
    expect(screen.getByRole('heading', { level: 2, name: 'Headline figures' })).toBeDefined();
    expect(screen.queryByRole('heading', { level: 2, name: 'Escalation bands' })).toBeNull();
  });
});
