import {
  addDays,
  firstDateThresholdMet,
  lookupRegisterCode,
  PENALTY_NOTICE_THRESHOLD,
  REGISTER_CODE_SETS,
  unauthorisedSessionsInRollingWindow,
  NON_SCHOOL_DAY_MARKS,
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
import { LONG_STALE_DAYS } from './penalty-notice-and-cme-as-of.js';
import { queryPenaltyNoticeList, type PenaltyNoticePupil } from './penalty-notice-list.js';
import { PupilLevelAccessError } from './pupil-list-request.js';

// Against the generated files counted by the domain: each enrolment's marks with its school's own register as
// the calendar (registerCalendar), the domain's unauthorisedSessionsInRollingWindow ending on the school's last
// register date on or before asOf, firstDateThresholdMet over the window's sessions. One school's export stops
// three weeks early: its window ends on its own last date.

const AS_OF = '2026-02-11';
const STALE_AS_OF = '2026-01-21';

function expectedList(la: ActionListLa, asOf: IsoDate): PenaltyNoticePupil[] {
  const ends = registerEnds(la, asOf);
  return la.enrolments.flatMap((enrolment) => {
    const end = ends.get(enrolment.urn);
    const calendar = la.calendars.get(enrolment.urn);
    if (end === undefined || calendar === undefined || !statutoryOn(enrolment, end)) return [];
    const window = unauthorisedSessionsInRollingWindow(enrolment.marks, calendar, end);
    if (window.count < PENALTY_NOTICE_THRESHOLD.unauthorisedSessions) return [];
    const inWindow = enrolment.marks.filter(({ date }) => date >= window.windowStart && date <= end);
    return [
      {
        urn: enrolment.urn,
        schoolName: expect.any(String) as unknown as string,
        upn: enrolment.upn,
        // The store's id for the UPN: any number here; query-pupil-record.spec.ts checks it names the pupil.
        pupilId: expect.any(Number) as unknown as number,
        yearGroup: enrolment.pupil['nc_year'] ?? null,
        unauthorisedSessions: window.count,
        windowStart: window.windowStart,
        windowEnd: end,
        schoolWeeks: window.schoolWeeks,
        thresholdMetOn: firstDateThresholdMet(inWindow, calendar) as IsoDate,
      },
    ];
  });
}

const mostSessionsFirst = (a: PenaltyNoticePupil, b: PenaltyNoticePupil) =>
  b.unauthorisedSessions - a.unauthorisedSessions || byUrnAndUpn(a, b);

describe('queryPenaltyNoticeList', { timeout: 60_000 }, () => {
  let la: ActionListLa;

  beforeAll(async () => {
    la = await openActionListLa({
      seed: 37,
      schools: 5,
      pupils: 2000,
      academicYear: 2025,
      asOf: AS_OF,
      staleAsOf: STALE_AS_OF,
      staleSchoolIndex: 1,
    });
  }, 180_000);

  afterAll(async () => {
    await closeActionListLa(la);
  });

  it('counts exactly # and Z, the marks that make no school day, as administrative marks', () => {
    for (const set of REGISTER_CODE_SETS) {
      const administrative = set.codes.filter((code) => code.category === 'administrative');
      expect(administrative.map((code) => code.code).sort()).toEqual([...NON_SCHOOL_DAY_MARKS].sort());
    }
    expect(lookupRegisterCode('G', '2026-01-05').category).toBe('unauthorised-absence');
  });

  it('lists every enrolment at the threshold, most sessions first, in pages that neither overlap nor miss', async () => {
    const expected = expectedList(la, AS_OF).sort(mostSessionsFirst);
    expect(expected.length).toBeGreaterThan(40);
    expect(expected.some((pupil) => pupil.urn === la.staleUrn)).toBe(true);
    const pages = [];
    for (let offset = 0; offset < expected.length; offset += 25) {
      pages.push(await queryPenaltyNoticeList(la.store, { limit: 25, offset }));
    }
    expect(pages[0]).toMatchObject({ asOf: AS_OF, dataAsOf: AS_OF, length: expected.length });
    expect(pages.flatMap((page) => page.pupils)).toEqual(expected);
  });

  it('ends a stale school window on its own last date, reaching back over the Christmas holiday', async () => {
    const list = await queryPenaltyNoticeList(la.store, {
      limit: 500,
      scope: { schools: [la.staleUrn], pupilLevel: true },
    });
    expect(list.pupils.length).toBeGreaterThan(0);
    // The weeks of 19, 12 and 5 January 2026 (3), over the Christmas holiday (22 December to 2 January) those of
    // 15, 8 and 1 December (6) and of 24, 17, 10 and 3 November (10).
    for (const pupil of list.pupils) {
      expect(pupil).toMatchObject({
        urn: la.staleUrn,
        windowStart: '2025-11-03',
        windowEnd: STALE_AS_OF,
        schoolWeeks: 10,
      });
    }
  });

  it('answers for an earlier date, a Wednesday, counting only marks up to it', async () => {
    const asOf = '2025-12-10';
    const expected = expectedList(la, asOf).sort(mostSessionsFirst);
    expect(expected.length).toBeGreaterThan(10);
    const list = await queryPenaltyNoticeList(la.store, { asOf, limit: 500 });
    expect(list).toMatchObject({ asOf, dataAsOf: AS_OF, length: expected.length });
    expect(list.pupils).toEqual(expected);
  });

  it('sorts by school or year group, keeps to the scope and refuses what it cannot answer', async () => {
    const bySchool = await queryPenaltyNoticeList(la.store, { sort: 'school', limit: 500 });
    expect(bySchool.pupils).toEqual([...bySchool.pupils].sort(byUrnAndUpn));
    const byYear = await queryPenaltyNoticeList(la.store, { sort: 'yearGroup', limit: 500 });
    const years = byYear.pupils.map((pupil) => pupil.yearGroup ?? '');
    expect(years).toEqual([...years].sort());
    expect(new Set(byYear.pupils.map((pupil) => pupil.upn))).toEqual(
      new Set(bySchool.pupils.map((pupil) => pupil.upn)),
    );

    const [urn] = [...la.calendars.keys()];
    const scoped = await queryPenaltyNoticeList(la.store, {
      limit: 500,
      scope: { schools: [urn as string], pupilLevel: true },
    });
    expect(scoped.pupils).toEqual(
      bySchool.pupils.filter((pupil) => pupil.urn === urn).sort(mostSessionsFirst),
    );
    expect(
      await queryPenaltyNoticeList(la.store, { scope: { schools: [], pupilLevel: true } }),
    ).toMatchObject({ length: 0, pupils: [] });

    await expect(
      queryPenaltyNoticeList(la.store, { scope: { schools: 'all', pupilLevel: false } }),
    ).rejects.toThrow(PupilLevelAccessError);
    await expect(queryPenaltyNoticeList(la.store, { asOf: '2024-07-19' })).rejects.toThrow(
      /asOf must be on or after 2024-08-19/,
    );
    await expect(queryPenaltyNoticeList(la.store, { asOf: '2026-02-30' })).rejects.toThrow(
      /asOf is not a valid ISO date/,
    );
    await expect(queryPenaltyNoticeList(la.store, { limit: 501 })).rejects.toThrow(/limit must be/);
  });
});

describe(
  'queryPenaltyNoticeList with a school whose data stopped months before the date',
  { timeout: 60_000 },
  () => {
    // On 25 March 2026 the other schools' windows start in 2026, this one's (its export stops on Wednesday
    // 8 October 2025) at the start of the year: more than LONG_STALE_DAYS before, so it is read apart.
    const asOf = '2026-03-25';
    let la: ActionListLa;

    beforeAll(async () => {
      la = await openActionListLa({
        seed: 41,
        schools: 4,
        pupils: 1600,
        academicYear: 2025,
        asOf,
        staleAsOf: '2025-10-08',
        staleSchoolIndex: 2,
      });
    }, 180_000);

    afterAll(async () => {
      await closeActionListLa(la);
    });

    it('counts each school in its own window, the stale one up to its last date', async () => {
      const expected = expectedList(la, asOf).sort(mostSessionsFirst);
      const readApartBefore = addDays(asOf, -LONG_STALE_DAYS);
      expect(
        expected.some(
          (pupil) =>
            pupil.urn === la.staleUrn &&
            pupil.windowEnd === '2025-10-08' &&
            pupil.windowStart < readApartBefore,
        ),
      ).toBe(true);
      expect(expected.some((pupil) => pupil.urn !== la.staleUrn && pupil.windowStart > '2026-01-01')).toBe(
        true,
      );
      const list = await queryPenaltyNoticeList(la.store, { asOf, limit: 500 });
      expect(list).toMatchObject({ asOf, length: expected.length });
      expect(list.pupils).toEqual(expected);
    });
  },
);
