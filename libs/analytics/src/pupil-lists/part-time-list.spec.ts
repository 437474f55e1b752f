import { academicYearBounds, type IsoDate } from '@attendance/domain';
import {
  closeMarkedLa,
  openMarkedLa,
  schoolWeekBack,
  statutoryMarks,
  type MarkedLa,
} from '../__fixtures__/marked-enrolments.js';
import { PART_TIME_TIMETABLE_CODE } from './part-time-code.js';
import { queryPartTimeTimetableList, type PartTimeTimetablePupil } from './part-time-list.js';
import { PupilLevelAccessError } from './pupil-list-request.js';

// Against the generated files: each enrolment's statutory-cohort C2 marks in the period, read in TypeScript,
// and "current" from the school's own school weeks (the domain's SchoolCalendar over its register days): the
// latest C2 on or after the Monday of the school's second-latest school week up to the period's end.

const AS_OF = '2026-03-06';

const byKey = (a: { urn: string; upn: string }, b: { urn: string; upn: string }) =>
  a.urn < b.urn ? -1 : a.urn > b.urn ? 1 : a.upn < b.upn ? -1 : a.upn > b.upn ? 1 : 0;

function expectedPartTime(la: MarkedLa, from: IsoDate, to: IsoDate): PartTimeTimetablePupil[] {
  return la.enrolments.flatMap((enrolment) => {
    const dates = statutoryMarks(la, enrolment, from, to)
      .filter(({ mark }) => mark === PART_TIME_TIMETABLE_CODE)
      .map(({ date }) => date)
      .sort();
    const [first] = dates;
    const latest = dates.at(-1);
    if (first === undefined || latest === undefined) return [];
    const currentFrom = schoolWeekBack(la, enrolment.urn, to, 1) ?? schoolWeekBack(la, enrolment.urn, to, 0);
    return [
      {
        urn: enrolment.urn,
        schoolName: expect.any(String) as unknown as string,
        upn: enrolment.upn,
        // The store's id for the UPN: any number here; query-pupil-record.spec.ts checks it names the pupil.
        pupilId: expect.any(Number) as unknown as number,
        yearGroup: enrolment.pupil['nc_year'] ?? null,
        partTimeSessions: dates.length,
        firstPartTimeDate: first,
        latestPartTimeDate: latest,
        current: currentFrom !== null && latest >= currentFrom,
      },
    ];
  });
}

describe('queryPartTimeTimetableList', { timeout: 30_000 }, () => {
  let la: MarkedLa;

  beforeAll(async () => {
    la = await openMarkedLa({ seed: 41, schools: 6, pupils: 3000, academicYear: 2025, asOf: AS_OF });
  }, 180_000);

  afterAll(async () => {
    await closeMarkedLa(la);
  });

  it('lists every pupil with C2 this year, the most part-time sessions first', async () => {
    const expected = expectedPartTime(la, academicYearBounds(2025).start, AS_OF).sort(
      (a, b) => b.partTimeSessions - a.partTimeSessions || byKey(a, b),
    );
    expect(expected.length).toBeGreaterThan(3);
    expect(expected.some((pupil) => pupil.current)).toBe(true);
    const list = await queryPartTimeTimetableList(la.store, { limit: 500 });
    expect(list).toMatchObject({ end: AS_OF, length: expected.length });
    expect(list.pupils).toEqual(expected);
  });

  it('answers for any period: C2 dates inside it, current as of its end; sorted by the latest C2 or school', async () => {
    const period = { from: '2025-11-03', to: '2026-01-28' };
    const expected = expectedPartTime(la, period.from, period.to);
    expect(expected.length).toBeGreaterThan(0);
    const latest = await queryPartTimeTimetableList(la.store, { ...period, sort: 'latest', limit: 500 });
    expect(latest.pupils).toEqual(
      [...expected].sort(
        (a, b) =>
          (a.latestPartTimeDate < b.latestPartTimeDate
            ? 1
            : a.latestPartTimeDate > b.latestPartTimeDate
              ? -1
              : 0) || byKey(a, b),
      ),
    );
    const bySchool = await queryPartTimeTimetableList(la.store, {
      ...period,
      sort: 'school',
      limit: 2,
      offset: 1,
    });
    expect(bySchool.length).toBe(expected.length);
    expect(bySchool.pupils).toEqual([...expected].sort(byKey).slice(1, 3));
  });

  it('keeps to the scope and refuses aggregate-only scopes', async () => {
    const expected = expectedPartTime(la, academicYearBounds(2025).start, AS_OF);
    const urn = expected[0]?.urn as string;
    const scoped = await queryPartTimeTimetableList(la.store, {
      scope: { schools: [urn], pupilLevel: true },
    });
    expect(scoped.length).toBe(expected.filter((pupil) => pupil.urn === urn).length);
    expect(scoped.pupils.every((pupil) => pupil.urn === urn)).toBe(true);
    await expect(
      queryPartTimeTimetableList(la.store, { scope: { schools: 'all', pupilLevel: false } }),
    ).rejects.toThrow(PupilLevelAccessError);
    await expect(queryPartTimeTimetableList(la.store, { limit: 0 })).rejects.toThrow(/limit must be/);
  });
});
