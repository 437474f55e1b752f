import {
  academicYearBounds,
  countSessions,
  mondayOf,
  yearGroupOrder,
  type IsoDate,
} from '@attendance/domain';
import {
  fixtureUpn,
  makeTempFolder,
  marksCsv,
  marksFor,
  pupilsCsv,
  removeFolder,
  weekdays,
  writeSchoolExport,
  writeSchoolsFile,
} from '../__fixtures__/export-files.js';
import {
  closeMarkedLa,
  openMarkedLa,
  statutoryMarks,
  type MarkedLa,
} from '../__fixtures__/marked-enrolments.js';
import { loadExportFolder } from '../loader/load-export-folder.js';
import { AnalyticsStore } from '../store/analytics-store.js';
import { queryIllnessList, type IllnessAbsentee } from './illness-list.js';
import { PupilLevelAccessError } from './pupil-list-request.js';

// Against the generated files: each enrolment's statutory-cohort marks in the period counted by the domain
// (countSessions, the I code's reason column), the pupil's total over the enrolments of the same UPN, and the
// latest week with an I mark. A hand-made pair of schools checks the decision for dual registration: the
// threshold applies to the pupil's illness at both schools together.

const AS_OF = '2026-03-06';

interface Expected {
  urn: string;
  upn: string;
  possible: number;
  illness: number;
  pupilIllness: number;
  latestIllnessWeek: IsoDate | null;
}

const byKey = (a: { urn: string; upn: string }, b: { urn: string; upn: string }) =>
  a.urn < b.urn ? -1 : a.urn > b.urn ? 1 : a.upn < b.upn ? -1 : a.upn > b.upn ? 1 : 0;

function expectedIllness(la: MarkedLa, from: IsoDate, to: IsoDate, minimumSessions: number): Expected[] {
  const counted = la.enrolments
    .map((enrolment) => {
      const marks = statutoryMarks(la, enrolment, from, to);
      const illnessDates = marks.filter(({ mark }) => mark === 'I').map(({ date }) => date);
      return {
        urn: enrolment.urn,
        upn: enrolment.upn,
        counts: countSessions(marks),
        latestIllnessWeek: illnessDates.length > 0 ? mondayOf(illnessDates.sort().at(-1) as IsoDate) : null,
      };
    })
    .filter(({ counts }) => counts.possible > 0);
  const pupilTotals = new Map<string, number>();
  for (const { upn, counts } of counted) {
    pupilTotals.set(upn, (pupilTotals.get(upn) ?? 0) + counts.byReason.sess_auth_illness);
  }
  return counted
    .map(({ urn, upn, counts, latestIllnessWeek }) => ({
      urn,
      upn,
      possible: counts.possible,
      illness: counts.byReason.sess_auth_illness,
      pupilIllness: pupilTotals.get(upn) ?? 0,
      latestIllnessWeek,
    }))
    .filter((e) => e.pupilIllness >= minimumSessions);
}

async function wholeList(store: AnalyticsStore, params: Parameters<typeof queryIllnessList>[1]) {
  const pupils: IllnessAbsentee[] = [];
  for (let offset = 0; ; offset += 100) {
    const page = await queryIllnessList(store, { ...params, limit: 100, offset });
    pupils.push(...page.pupils);
    if (offset + 100 >= page.length) return { ...page, pupils };
  }
}

describe('queryIllnessList', { timeout: 30_000 }, () => {
  let la: MarkedLa;

  beforeAll(async () => {
    la = await openMarkedLa({ seed: 41, schools: 6, pupils: 3000, academicYear: 2025, asOf: AS_OF });
  }, 180_000);

  afterAll(async () => {
    await closeMarkedLa(la);
  });

  it('lists the pupils with 15 days (30 sessions) of illness this year, the most illness first', async () => {
    const expected = expectedIllness(la, academicYearBounds(2025).start, AS_OF, 30).sort(
      (a, b) => b.pupilIllness - a.pupilIllness || b.illness - a.illness || byKey(a, b),
    );
    expect(expected.length).toBeGreaterThan(20);
    const list = await wholeList(la.store, {});
    expect(list).toMatchObject({ minimumDays: 15, minimumSessions: 30, end: AS_OF, length: expected.length });
    expect(list.pupils).toEqual(
      expected.map((e) =>
        expect.objectContaining({
          urn: e.urn,
          upn: e.upn,
          possibleSessions: e.possible,
          illnessSessions: e.illness,
          illnessDays: e.illness / 2,
          pupilIllnessSessions: e.pupilIllness,
          latestIllnessWeek: e.latestIllnessWeek,
        }),
      ),
    );
  });

  it('takes any period and threshold, sorted by school, by the latest illness or by year group', async () => {
    const period = { from: '2026-01-05', to: '2026-02-13' };
    const expected = expectedIllness(la, period.from, period.to, 10).sort(byKey);
    expect(expected.length).toBeGreaterThan(5);
    const bySchool = await wholeList(la.store, { ...period, minimumDays: 5, sort: 'school' });
    expect(bySchool.pupils.map(({ urn, upn, illnessSessions }) => ({ urn, upn, illnessSessions }))).toEqual(
      expected.map(({ urn, upn, illness }) => ({ urn, upn, illnessSessions: illness })),
    );
    const latest = await wholeList(la.store, { ...period, minimumDays: 5, sort: 'latest' });
    const weeks = latest.pupils.map((pupil) => pupil.latestIllnessWeek ?? '');
    expect(weeks).toEqual([...weeks].sort().reverse());
    const byYear = await wholeList(la.store, { ...period, minimumDays: 5, sort: 'yearGroup' });
    const years = byYear.pupils.map((pupil) => yearGroupOrder(pupil.yearGroup));
    expect(years).toEqual([...years].sort((a, b) => a - b));
  });

  it('keeps to the scope, and refuses aggregate-only scopes and thresholds that are not whole days', async () => {
    const urn = la.enrolments[0]?.urn as string;
    const scoped = await wholeList(la.store, { scope: { schools: [urn], pupilLevel: true } });
    expect(scoped.length).toBeGreaterThan(0);
    expect(scoped.pupils.every((pupil) => pupil.urn === urn)).toBe(true);
    await expect(
      queryIllnessList(la.store, { scope: { schools: 'all', pupilLevel: false } }),
    ).rejects.toThrow(PupilLevelAccessError);
    await expect(queryIllnessList(la.store, { minimumDays: 7.5 })).rejects.toThrow(
      /minimumDays must be a whole number of days from 1 to 190, got 7.5/,
    );
    await expect(queryIllnessList(la.store, { sort: 'name' as never })).rejects.toThrow(
      /sort must be one of/,
    );
  });
});

describe('queryIllnessList with dual registration', { timeout: 30_000 }, () => {
  // One pupil on roll at two schools, ill for 8 days at one and 7 at the other: 15 days, listed at both. A pupil
  // at one school with 29 sessions (14.5 days) is not listed; one with 30 is.
  const dual = fixtureUpn(1);
  const justUnder = fixtureUpn(2);
  const exactly = fixtureUpn(3);
  const days = weekdays('2025-09-01', '2025-10-10');
  let folder: string;
  let store: AnalyticsStore;

  beforeAll(async () => {
    folder = await makeTempFolder();
    await writeSchoolsFile(folder, [
      { urn: '100001', name: 'Main School', phase: 'Primary', type: 'Community school' },
      { urn: '100002', name: 'Second School', phase: 'Primary', type: 'Community school' },
    ]);
    const illFor = (sessions: number) => (position: number) => (position < sessions ? 'I' : undefined);
    const pupil = (upn: string, enrolmentStatus = 'C') => ({
      upn,
      dateOfBirth: '2015-05-01',
      enrolmentStatus,
    });
    await writeSchoolExport(folder, '100001', '2025-10-10', {
      pupils: pupilsCsv([pupil(dual, 'M'), pupil(justUnder), pupil(exactly)]),
      marks: marksCsv([
        ...marksFor(dual, days, illFor(16)),
        ...marksFor(justUnder, days, illFor(29)),
        ...marksFor(exactly, days, illFor(30)),
      ]),
    });
    await writeSchoolExport(folder, '100002', '2025-10-10', {
      pupils: pupilsCsv([pupil(dual, 'S')]),
      marks: marksCsv(marksFor(dual, days, illFor(14))),
    });
    store = await AnalyticsStore.open({ path: ':memory:' });
    await loadExportFolder(store, folder);
  });

  afterAll(async () => {
    await store.close();
    await removeFolder(folder);
  });

  it("applies the threshold to the pupil's illness at every school, listing each enrolment", async () => {
    const list = await queryIllnessList(store, {});
    expect(
      list.pupils.map(({ urn, upn, illnessSessions, pupilIllnessSessions, pupilEnrolments }) => ({
        urn,
        upn,
        illnessSessions,
        pupilIllnessSessions,
        pupilEnrolments,
      })),
    ).toEqual(
      [
        { urn: '100001', upn: exactly, illnessSessions: 30, pupilIllnessSessions: 30, pupilEnrolments: 1 },
        { urn: '100001', upn: dual, illnessSessions: 16, pupilIllnessSessions: 30, pupilEnrolments: 2 },
        { urn: '100002', upn: dual, illnessSessions: 14, pupilIllnessSessions: 30, pupilEnrolments: 2 },
      ].sort((a, b) => b.illnessSessions - a.illnessSessions),
    );
    expect(list.pupils.find((pupil) => pupil.urn === '100002')).toMatchObject({
      illnessDays: 7,
      pupilIllnessDays: 15,
      latestIllnessWeek: '2025-09-08',
    });
  });

  it("counts only the scope's schools toward the pupil's total", async () => {
    const list = await queryIllnessList(store, { scope: { schools: ['100002'], pupilLevel: true } });
    expect(list.length).toBe(0);
    const lower = await queryIllnessList(store, {
      minimumDays: 7,
      scope: { schools: ['100002'], pupilLevel: true },
    });
    expect(lower.pupils).toEqual([expect.objectContaining({ upn: dual, pupilIllnessSessions: 14 })]);
  });

  it("lists one school's enrolments with the pupil's total over every school of the scope", async () => {
    const second = await queryIllnessList(store, { listedSchool: '100002' });
    expect(second.pupils).toEqual([
      expect.objectContaining({ urn: '100002', upn: dual, illnessSessions: 14, pupilIllnessSessions: 30 }),
    ]);
    expect(second.length).toBe(1);
    const narrowed = await queryIllnessList(store, {
      listedSchool: '100002',
      scope: { schools: ['100002'], pupilLevel: true },
    });
    expect(narrowed.length).toBe(0);
  });
});
