import {
  academicYearBounds,
  addDays,
  attendedSessions,
  bandForAttendanceRate,
  countSessions,
  DEFAULT_ESCALATION_BANDS,
  isInStatutoryCohort,
  type EscalationBand,
  type IsoDate,
  type SessionCounts,
  yearGroupOrder,
} from '@attendance/domain';
import {
  closeMarkedLa,
  openMarkedLa,
  schoolWeekBack,
  statutoryMarks,
  type MarkedLa,
} from '../__fixtures__/marked-enrolments.js';
import { queryBandCrossingList, type BandCrossing } from './band-crossing-list.js';
import { PupilLevelAccessError } from './pupil-list-request.js';

// Against the generated files: every enrolment's marks read in TypeScript, the statutory cohort, the year to
// date at both points and each band by the domain (countSessions, bandForAttendanceRate), and each school's
// school weeks from its own register days by the domain's SchoolCalendar. The data end on Friday 6 March 2026,
// so four school weeks back from the week of 2 March skips the February half term (16-20 February): 23 Feb,
// 9 Feb, 2 Feb, 26 Jan, and "before" is the year to date through Sunday 1 February.

const AS_OF = '2026-03-06';

interface Expected {
  urn: string;
  upn: string;
  before: SessionCounts;
  now: SessionCounts;
  rankBefore: number;
  rankNow: number;
}

const byKey = (a: { urn: string; upn: string }, b: { urn: string; upn: string }) =>
  a.urn < b.urn ? -1 : a.urn > b.urn ? 1 : a.upn < b.upn ? -1 : a.upn > b.upn ? 1 : 0;
const rate = (counts: SessionCounts) => (attendedSessions(counts) * 100) / counts.possible;

function expectedCrossings(
  la: MarkedLa,
  asOf: IsoDate,
  weeks: number,
  bands: readonly EscalationBand[] = DEFAULT_ESCALATION_BANDS,
): Expected[] {
  const ladder = [...bands].sort((a, b) => b.minAttendanceRate - a.minAttendanceRate);
  const rank = (counts: SessionCounts) => {
    const band = bandForAttendanceRate(rate(counts), ladder);
    if (!band) throw new Error(`no band for ${rate(counts)}`);
    return ladder.indexOf(band);
  };
  const expected: Expected[] = [];
  for (const enrolment of la.enrolments) {
    const compared = schoolWeekBack(la, enrolment.urn, asOf, weeks);
    if (!compared) continue;
    const marks = statutoryMarks(la, enrolment, academicYearBounds(la.academicYear).start, asOf);
    const now = countSessions(marks);
    const before = countSessions(marks.filter(({ date }) => date <= addDays(compared, 6)));
    if (now.possible === 0 || before.possible === 0) continue;
    const [rankBefore, rankNow] = [rank(before), rank(now)];
    if (rankNow > rankBefore) {
      expected.push({ urn: enrolment.urn, upn: enrolment.upn, before, now, rankBefore, rankNow });
    }
  }
  return expected;
}

async function wholeList(la: MarkedLa, params: Parameters<typeof queryBandCrossingList>[1]) {
  const pages: BandCrossing[] = [];
  for (let offset = 0; ; offset += 100) {
    const page = await queryBandCrossingList(la.store, { ...params, limit: 100, offset });
    pages.push(...page.pupils);
    if (offset + 100 >= page.length) return { length: page.length, pupils: pages };
  }
}

describe('queryBandCrossingList', { timeout: 30_000 }, () => {
  let la: MarkedLa;

  beforeAll(async () => {
    la = await openMarkedLa({ seed: 41, schools: 6, pupils: 3000, academicYear: 2025, asOf: AS_OF });
  }, 180_000);

  afterAll(async () => {
    await closeMarkedLa(la);
  });

  it('lists every enrolment whose band fell over the last four school weeks, most bands dropped first', async () => {
    const expected = expectedCrossings(la, AS_OF, 4).sort(
      (a, b) =>
        b.rankNow - b.rankBefore - (a.rankNow - a.rankBefore) ||
        attendedSessions(b.before) / b.before.possible -
          attendedSessions(b.now) / b.now.possible -
          (attendedSessions(a.before) / a.before.possible - attendedSessions(a.now) / a.now.possible) ||
        byKey(a, b),
    );
    expect(expected.length).toBeGreaterThan(20);
    const list = await wholeList(la, {});
    expect(list.length).toBe(expected.length);
    expect(list.pupils.map(({ urn, upn }) => `${urn} ${upn}`)).toEqual(
      expected.map(({ urn, upn }) => `${urn} ${upn}`),
    );
    const ladder = [...DEFAULT_ESCALATION_BANDS].sort((a, b) => b.minAttendanceRate - a.minAttendanceRate);
    list.pupils.forEach((pupil, index) => {
      const want = expected[index] as Expected;
      expect(pupil).toMatchObject({
        beforeThrough: '2026-02-01',
        bandBefore: { id: ladder[want.rankBefore]?.id },
        bandNow: { id: ladder[want.rankNow]?.id },
        bandsDropped: want.rankNow - want.rankBefore,
        possibleSessionsBefore: want.before.possible,
        possibleSessionsNow: want.now.possible,
      });
      expect(pupil.attendanceRateBefore).toBeCloseTo(rate(want.before), 9);
      expect(pupil.attendanceRateNow).toBeCloseTo(rate(want.now), 9);
    });
  });

  it('compares any date with any number of school weeks before it, with a ladder of its own', async () => {
    const bands: EscalationBand[] = [
      {
        id: 'good',
        label: 'Good',
        minAttendanceRate: 95,
        maxAttendanceRate: 100,
        stage: 'none',
        actions: [],
      },
      { id: 'poor', label: 'Poor', minAttendanceRate: 0, maxAttendanceRate: 95, stage: 'act', actions: [] },
    ];
    const asOf = '2026-01-21';
    const expected = expectedCrossings(la, asOf, 2, bands).sort(byKey);
    expect(expected.length).toBeGreaterThan(5);
    const list = await wholeList(la, { asOf, weeks: 2, bands, sort: 'school' });
    expect(list.pupils.map(({ urn, upn }) => ({ urn, upn }))).toEqual(
      expected.map(({ urn, upn }) => ({ urn, upn })),
    );
    expect(list.pupils.every((pupil) => pupil.bandBefore.id === 'good' && pupil.bandNow.id === 'poor')).toBe(
      true,
    );
  });

  it('sorts by attendance now and by year group, page by page without overlap; the other cohort apart', async () => {
    const byAttendance = await wholeList(la, { sort: 'attendance' });
    const rates = byAttendance.pupils.map((pupil) => pupil.attendanceRateNow);
    expect(rates).toEqual([...rates].sort((a, b) => a - b));
    const outside = await wholeList(la, { cohort: 'outside-statutory' });
    const statutoryKeys = new Set(byAttendance.pupils.map(({ urn, upn }) => `${urn} ${upn}`));
    for (const pupil of outside.pupils) {
      const files = la.enrolments.find((e) => e.urn === pupil.urn && e.upn === pupil.upn);
      expect(isInStatutoryCohort(files?.pupil['date_of_birth'] as string, 2025)).toBe(false);
      expect(statutoryKeys.has(`${pupil.urn} ${pupil.upn}`)).toBe(false);
    }
    const byYear = await wholeList(la, { sort: 'yearGroup' });
    expect(new Set(byYear.pupils.map(({ urn, upn }) => `${urn} ${upn}`)).size).toBe(byYear.length);
    const years = byYear.pupils.map((pupil) => yearGroupOrder(pupil.yearGroup));
    expect(years).toEqual([...years].sort((a, b) => a - b));
    expect(new Set(years).size).toBeGreaterThan(5);
  });

  it('keeps to the scope, and refuses aggregate-only scopes, bad weeks and broken ladders', async () => {
    const urn = la.enrolments[0]?.urn as string;
    const scoped = await wholeList(la, { scope: { schools: [urn], pupilLevel: true } });
    const expected = expectedCrossings(la, AS_OF, 4).filter((e) => e.urn === urn);
    expect(scoped.length).toBe(expected.length);
    expect(scoped.pupils.every((pupil) => pupil.urn === urn)).toBe(true);
    const none = await queryBandCrossingList(la.store, { scope: { schools: [], pupilLevel: true } });
    expect(none).toMatchObject({ length: 0, pupils: [] });
    await expect(
      queryBandCrossingList(la.store, { scope: { schools: 'all', pupilLevel: false } }),
    ).rejects.toThrow(PupilLevelAccessError);
    await expect(queryBandCrossingList(la.store, { weeks: 21 })).rejects.toThrow(/weeks must be .* got 21/);
    await expect(
      queryBandCrossingList(la.store, { bands: DEFAULT_ESCALATION_BANDS.slice(1) }),
    ).rejects.toThrow(/bands are not a usable ladder: attendance above 97 has no band/);
    await expect(queryBandCrossingList(la.store, { asOf: '2026-02-30' })).rejects.toThrow(RangeError);
  });
});
