import {
  academicYearOf,
  consecutiveUnexplainedAbsenceDays,
  highestLaMilestone,
  lookupRegisterCode,
  type IsoDate,
} from '@attendance/domain';
import {
  byUrnAndUpn,
  closeActionListLa,
  openActionListLa,
  registerEnds,
  statutoryOn,
  type ActionListLa,
} from './__fixtures__/penalty-notice-and-cme-la.js';
import { queryCmeMilestoneList, type CmeMilestonePupil } from './cme-milestone-list.js';
import { PupilLevelAccessError } from './pupil-list-request.js';

// Against the generated files counted by the domain: each enrolment's marks with its school's own register as
// the calendar (registerCalendar) and the domain's consecutiveUnexplainedAbsenceDays as of asOf; the last
// attended date from each mark's category in the code set in force. One school's export stops two weeks
// early: its runs are counted back from its own last school day, not cut by the days it has not sent.

const AS_OF = '2026-03-20';
const STALE_AS_OF = '2026-03-04';

function expectedList(la: ActionListLa, asOf: IsoDate, minimumDays: number): CmeMilestonePupil[] {
  const ends = registerEnds(la, asOf);
  return la.enrolments.flatMap((enrolment) => {
    const end = ends.get(enrolment.urn);
    const calendar = la.calendars.get(enrolment.urn);
    if (end === undefined || calendar === undefined || !statutoryOn(enrolment, end)) return [];
    const run = consecutiveUnexplainedAbsenceDays(enrolment.marks, calendar, asOf);
    if (run.days < minimumDays || run.since === null) return [];
    const attended = enrolment.marks
      .filter(({ date, mark }) => {
        if (date > asOf || academicYearOf(date) !== academicYearOf(end)) return false;
        const { category } = lookupRegisterCode(mark, date);
        return category === 'present' || category === 'approved-educational-activity';
      })
      .map(({ date }) => date)
      .sort();
    return [
      {
        urn: enrolment.urn,
        schoolName: expect.any(String) as unknown as string,
        upn: enrolment.upn,
        // The store's id for the UPN: any number here; query-pupil-record.spec.ts checks it names the pupil.
        pupilId: expect.any(Number) as unknown as number,
        yearGroup: enrolment.pupil['nc_year'] ?? null,
        daysInRun: run.days,
        runSince: run.since,
        milestone: highestLaMilestone(run.days) as number,
        lastSchoolDay: calendar.lastSchoolDayOnOrBefore(asOf) as IsoDate,
        lastAttended: attended.at(-1) ?? null,
      },
    ];
  });
}

const longestFirst = (a: CmeMilestonePupil, b: CmeMilestonePupil) =>
  b.daysInRun - a.daysInRun || byUrnAndUpn(a, b);

describe('queryCmeMilestoneList', { timeout: 60_000 }, () => {
  let la: ActionListLa;

  beforeAll(async () => {
    la = await openActionListLa({
      seed: 53,
      schools: 5,
      pupils: 2000,
      academicYear: 2025,
      asOf: AS_OF,
      staleAsOf: STALE_AS_OF,
      staleSchoolIndex: 2,
    });
  }, 180_000);

  afterAll(async () => {
    await closeActionListLa(la);
  });

  it('lists every run of 3 school days or more, longest first, in pages that neither overlap nor miss', async () => {
    const expected = expectedList(la, AS_OF, 3).sort(longestFirst);
    expect(expected.length).toBeGreaterThan(15);
    expect(expected.some((pupil) => pupil.daysInRun >= 20)).toBe(true);
    expect(expected.some((pupil) => pupil.urn === la.staleUrn)).toBe(true);
    const pages = [];
    for (let offset = 0; offset < expected.length; offset += 10) {
      pages.push(await queryCmeMilestoneList(la.store, { limit: 10, offset }));
    }
    expect(pages[0]).toMatchObject({ asOf: AS_OF, dataAsOf: AS_OF, milestone: 3, length: expected.length });
    expect(pages.flatMap((page) => page.pupils)).toEqual(expected);
  });

  it('counts a stale school back from its own last school day', async () => {
    const list = await queryCmeMilestoneList(la.store, {
      limit: 500,
      scope: { schools: [la.staleUrn], pupilLevel: true },
    });
    expect(list.pupils.length).toBeGreaterThan(0);
    expect(list.pupils.every((pupil) => pupil.lastSchoolDay === STALE_AS_OF)).toBe(true);
  });

  it('keeps the runs that reached a milestone, and answers for an earlier date', async () => {
    for (const milestone of [6, 10, 20]) {
      const expected = expectedList(la, AS_OF, milestone).sort(longestFirst);
      const list = await queryCmeMilestoneList(la.store, { milestone, limit: 500 });
      expect(list).toMatchObject({ milestone, length: expected.length });
      expect(list.pupils).toEqual(expected);
    }
    const asOf = '2026-01-14';
    const expected = expectedList(la, asOf, 3).sort(longestFirst);
    expect(expected.length).toBeGreaterThan(5);
    const list = await queryCmeMilestoneList(la.store, { asOf, limit: 500 });
    expect(list).toMatchObject({ asOf, length: expected.length });
    expect(list.pupils).toEqual(expected);
  });

  it('sorts by school or year group, keeps to the scope and refuses what it cannot answer', async () => {
    const bySchool = await queryCmeMilestoneList(la.store, { sort: 'school', limit: 500 });
    expect(bySchool.pupils).toEqual([...bySchool.pupils].sort(byUrnAndUpn));
    const byYear = await queryCmeMilestoneList(la.store, { sort: 'yearGroup', limit: 500 });
    const years = byYear.pupils.map((pupil) => pupil.yearGroup ?? '');
    expect(years).toEqual([...years].sort());

    const [urn] = [...la.calendars.keys()];
    const scoped = await queryCmeMilestoneList(la.store, {
      limit: 500,
      scope: { schools: [urn as string], pupilLevel: true },
    });
    expect(scoped.pupils).toEqual(bySchool.pupils.filter((pupil) => pupil.urn === urn).sort(longestFirst));
    expect(await queryCmeMilestoneList(la.store, { scope: { schools: [], pupilLevel: true } })).toMatchObject(
      { length: 0, pupils: [] },
    );

    await expect(
      queryCmeMilestoneList(la.store, { scope: { schools: 'all', pupilLevel: false } }),
    ).rejects.toThrow(PupilLevelAccessError);
    await expect(queryCmeMilestoneList(la.store, { milestone: 4 })).rejects.toThrow(
      /milestone must be one of 3, 6, 10, 20/,
    );
    await expect(queryCmeMilestoneList(la.store, { asOf: '20-03-2026' })).rejects.toThrow(
      /asOf is not a valid ISO date/,
    );
    await expect(queryCmeMilestoneList(la.store, { offset: -1 })).rejects.toThrow(/offset must be/);
  });

  it('gives the same pupils in small pages by school and by year group, and of runs of 20 days', async () => {
    const byYearGroup = (a: CmeMilestonePupil, b: CmeMilestonePupil) =>
      a.yearGroup === b.yearGroup
        ? byUrnAndUpn(a, b)
        : a.yearGroup === null || (b.yearGroup !== null && a.yearGroup > b.yearGroup)
          ? 1
          : -1;
    for (const [sort, order, milestone] of [
      ['school', byUrnAndUpn, 3],
      ['yearGroup', byYearGroup, 3],
      ['days', longestFirst, 20],
    ] as const) {
      const expected = expectedList(la, AS_OF, milestone).sort(order);
      const pages = [];
      for (let offset = 0; offset < expected.length; offset += 7) {
        pages.push(await queryCmeMilestoneList(la.store, { sort, milestone, limit: 7, offset }));
      }
      expect(pages.every((page) => page.length === expected.length)).toBe(true);
      expect(pages.flatMap((page) => page.pupils)).toEqual(expected);
    }
  });
});
