import {
  addDays,
  consecutiveUnexplainedAbsenceDays,
  highestLaMilestone,
  lookupRegisterCode,
  type IsoDate,
} from '@attendance/domain';
import {
  CME_WEEKS_AS_OF,
  CME_WEEKS_UPN as UPN,
  FERNSIDE,
  openCmeWeeksLa,
  type CmeWeeksLa,
} from './__fixtures__/cme-weeks-la.js';
import {
  CME_RECENT_FLOOR_SQL,
  CME_RECENT_SCHOOL_WEEKS,
  cmeCandidateWeeksSql,
  cmeSchoolWeeksSql,
} from './cme-milestone-candidates.sql.js';
import { readCmeCodeIds } from './cme-milestone-code-ids.js';
import { queryCmeMilestoneList, type CmeMilestonePupil } from './cme-milestone-list.js';
import { LONG_STALE_DAYS } from './penalty-notice-and-cme-as-of.js';

// Runs through short weeks at Fernside (__fixtures__/cme-weeks-la.ts), counted by hand back from Wednesday
// 24 June 2026. Its school weeks: 20 April, 27 April, 4 May (Tuesday to Friday: the Monday is a bank holiday),
// 11 May (the Wednesday an inset day, # for everyone), 18 May, the half term (no marks), 1, 8 and 15 June, and
// 22 June (Monday to Wednesday). The sixth half term starts on Tuesday 2 June. Only the latest two are read for every candidate; an older week is counted
// from the summaries when every session of every register day is N or O.

function pupil(upn: string, daysInRun: number, runSince: string, lastAttended: string): CmeMilestonePupil {
  return {
    urn: FERNSIDE.urn,
    schoolName: FERNSIDE.name,
    upn,
    // The store's id for the UPN: any number here; query-pupil-record.spec.ts checks it names the pupil.
    pupilId: expect.any(Number) as unknown as number,
    yearGroup: '5',
    daysInRun,
    runSince,
    milestone: highestLaMilestone(daysInRun) as number,
    lastSchoolDay: CME_WEEKS_AS_OF,
    lastAttended,
  };
}

const LONGEST_FIRST = [
  // 23, 24 April (2), 27 April (5), the bank holiday week (4), the inset day week (4), 18 May (5), 1, 8,
  // 15 June (15), 22 to 24 June (3).
  pupil(UPN.ava, 38, '2026-04-23', '2026-04-22'),
  // As Ava from 27 April; the missing afternoon of 19 May leaves that day unexplained.
  pupil(UPN.finn, 36, '2026-04-27', '2026-04-24'),
  // From Tuesday 5 May, the first register day of the bank holiday week: 4 + 4 + 5 + 15 + 3.
  pupil(UPN.cal, 31, '2026-05-05', '2026-05-01'),
  // From Monday 11 May: 4 (the inset day is no register day) + 5 + 15 + 3.
  pupil(UPN.dee, 27, '2026-05-11', '2026-05-08'),
  // From 1 June: 15 + 3; the G week before breaks the run. Last present on Friday 15 May.
  pupil(UPN.hana, 18, '2026-06-01', '2026-05-15'),
  // From 1 June, stepping over Wednesday 3 June (# all day); 4 June counts by its N morning: 4 + 10 + 3.
  pupil(UPN.ben, 17, '2026-06-01', '2026-05-22'),
  // From Wednesday 3 June: 3 + 10 + 3; present on Tuesday 2 June.
  pupil(UPN.ivy, 16, '2026-06-03', '2026-06-02'),
  pupil(UPN.eve, 3, '2026-06-22', '2026-06-19'),
  // Not listed: Gus (1 day), Jay (G on the last day).
];

describe('queryCmeMilestoneList across short weeks', { timeout: 60_000 }, () => {
  let la: CmeWeeksLa;

  beforeAll(async () => {
    la = await openCmeWeeksLa();
  });

  afterAll(async () => {
    await la.close();
  });

  const store = () => la.store;

  /** Each candidate's weeks as cmeCandidateWeeksSql classes them, by UPN and week. */
  async function candidateWeeks(): Promise<Map<string, Record<string, unknown>>> {
    return la.store.read(async (session) => {
      await session.run(cmeSchoolWeeksSql(false), { as_of: CME_WEEKS_AS_OF });
      const [floor] = await session.all(CME_RECENT_FLOOR_SQL, {
        recent_weeks: CME_RECENT_SCHOOL_WEEKS,
        oldest_recent_from: addDays(CME_WEEKS_AS_OF, -LONG_STALE_DAYS),
      });
      await session.run(cmeCandidateWeeksSql(await readCmeCodeIds(session)), {
        recent_floor: floor?.['recent_floor'] ?? null,
        min_days: 3,
      });
      const rows = await session.all(
        'SELECT upn, week_start, school_days, certified, in_stretch, unexplained, read FROM cme_candidate_weeks',
      );
      return new Map(rows.map((row) => [`${String(row['upn'])} ${String(row['week_start'])}`, row]));
    });
  }

  it('counts runs through a bank holiday, an inset day, a # day, a missing session and a G week', async () => {
    expect(await queryCmeMilestoneList(la.store, { limit: 500 })).toEqual({
      asOf: CME_WEEKS_AS_OF,
      dataAsOf: CME_WEEKS_AS_OF,
      milestone: 3,
      length: LONGEST_FIRST.length,
      pupils: LONGEST_FIRST,
    });
    for (const listed of LONGEST_FIRST) {
      const marks = la.marks.filter((mark) => mark.upn === listed.upn);
      expect(consecutiveUnexplainedAbsenceDays(marks, la.calendar, CME_WEEKS_AS_OF)).toEqual({
        days: listed.daysInRun,
        since: listed.runSince,
      });
    }
  });

  it('gives the same list for a date long after the school stopped sending data, reading every week apart', async () => {
    const asOf = addDays(CME_WEEKS_AS_OF, LONG_STALE_DAYS + 14);
    expect(await queryCmeMilestoneList(store(), { asOf, limit: 500 })).toEqual({
      ...(await queryCmeMilestoneList(store(), { limit: 500 })),
      asOf,
    });
  });

  it('answers for a Wednesday the school sent later marks for, as the domain counts it', async () => {
    const asOf: IsoDate = '2026-06-17';
    const expected = Object.values(UPN).flatMap((upn): CmeMilestonePupil[] => {
      const marks = la.marks.filter((mark) => mark.upn === upn);
      const run = consecutiveUnexplainedAbsenceDays(marks, la.calendar, asOf);
      if (run.days < 3 || run.since === null) return [];
      const attended = marks
        .filter(({ date, mark }) => date <= asOf && lookupRegisterCode(mark, date).category === 'present')
        .map(({ date }) => date)
        .sort();
      return [{ ...pupil(upn, run.days, run.since, attended.at(-1) as string), lastSchoolDay: asOf }];
    });
    expect(expected.length).toBeGreaterThan(4);
    const list = await queryCmeMilestoneList(la.store, { asOf, limit: 500 });
    expect(list).toMatchObject({ asOf, length: expected.length });
    expect(list.pupils).toEqual(
      expected.sort((a, b) => b.daysInRun - a.daysInRun || (a.upn < b.upn ? -1 : 1)),
    );
  });

  it('counts a short week whose every register day is N or O without reading its marks', async () => {
    const weeks = await candidateWeeks();
    for (const week of ['2026-05-04', '2026-05-11']) {
      expect(weeks.get(`${UPN.ava} ${week}`)).toMatchObject({ school_days: 4, certified: true, read: false });
    }
    expect(weeks.get(`${UPN.ava} 2026-05-18`)).toMatchObject({
      school_days: 5,
      certified: true,
      read: false,
    });
    // The week she was last seen breaks the run: read.
    expect(weeks.get(`${UPN.ava} 2026-04-20`)).toMatchObject({ in_stretch: false, read: true });
  });

  it('reads a week with a # day, a missing session or another code, and a short week a run may start in', async () => {
    const weeks = await candidateWeeks();
    expect(weeks.get(`${UPN.ben} 2026-06-01`)).toMatchObject({ certified: false, read: true });
    expect(weeks.get(`${UPN.finn} 2026-05-18`)).toMatchObject({ certified: false, read: true });
    expect(weeks.get(`${UPN.hana} 2026-05-18`)).toMatchObject({
      in_stretch: true,
      certified: false,
      read: true,
    });
    // The week the sixth half term starts in has two rows of summaries; the Monday's alone is clean, so the week
    // is in the stretch, but its unexplained sessions may sit in the other row: they do not bound the run.
    expect(weeks.get(`${UPN.ivy} 2026-06-01`)).toMatchObject({
      in_stretch: true,
      certified: false,
      unexplained: null,
      read: true,
    });
    // Every register day unexplained, but the run may start in it and its first register day is not known
    // from the summaries (the bank holiday Monday; for Dee, a Monday, but four register days all the same).
    expect(weeks.get(`${UPN.cal} 2026-05-04`)).toMatchObject({ school_days: 4, certified: true, read: true });
    expect(weeks.get(`${UPN.dee} 2026-05-11`)).toMatchObject({ school_days: 4, certified: true, read: true });
    expect(weeks.has(`${UPN.gus} 2026-06-15`)).toBe(false);
  });

  it('gives every sort in pages of two, reading older weeks only for the runs a page needs', async () => {
    const bySchool = [...LONGEST_FIRST].sort((a, b) => (a.upn < b.upn ? -1 : 1));
    for (const [sort, expected] of [
      ['days', LONGEST_FIRST],
      ['school', bySchool],
      ['yearGroup', bySchool],
    ] as const) {
      const pages = [];
      for (let offset = 0; offset < expected.length; offset += 2) {
        pages.push(await queryCmeMilestoneList(la.store, { sort, limit: 2, offset }));
      }
      expect(pages.every((page) => page.length === expected.length)).toBe(true);
      expect(pages.flatMap((page) => page.pupils)).toEqual(expected);
    }
    const twentyDays = await queryCmeMilestoneList(la.store, { milestone: 20, limit: 1, offset: 2 });
    expect(twentyDays).toMatchObject({ milestone: 20, length: 4, pupils: [LONGEST_FIRST[2]] });
  });
});
