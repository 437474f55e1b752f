import { addDays, CME_LA_MILESTONE_DAYS } from '@attendance/domain';
import {
  closeActionListLa,
  openActionListLa,
  type ActionListLa,
} from '../pupil-lists/__fixtures__/penalty-notice-and-cme-la.js';
import { queryDataQuality } from '../data-quality/query-data-quality.js';
import { queryLaOverview } from '../la-overview/query-la-overview.js';
import { queryCmeMilestoneList } from '../pupil-lists/cme-milestone-list.js';
import { queryPenaltyNoticeList } from '../pupil-lists/penalty-notice-list.js';
import { querySchoolActions } from './query-school-actions.js';
import type { SchoolActionsResult } from './school-actions.types.js';

// Against the lists and figures these counts stand for: each school's penalty-notice and CME counts are the
// lists' lengths for a scope of that school alone, its freshness is the data-quality view's, and its four-week
// change is the difference of two overviews of that school (each checked against raw marks in
// summaries-match-raw-marks.spec.ts) over its latest four school weeks and the four before. One school's
// export stops two weeks early, so it counts back from its own last weeks.

const AS_OF = '2026-03-20';

describe('querySchoolActions', { timeout: 120_000 }, () => {
  let la: ActionListLa;
  let actions: SchoolActionsResult;

  beforeAll(async () => {
    la = await openActionListLa({
      seed: 53,
      schools: 4,
      pupils: 1600,
      academicYear: 2025,
      asOf: AS_OF,
      staleAsOf: '2026-03-04',
      staleSchoolIndex: 1,
    });
    actions = await querySchoolActions(la.store);
  }, 180_000);

  afterAll(async () => {
    await closeActionListLa(la);
  });

  const onlySchool = (urn: string) => ({ schools: [urn], pupilLevel: true });

  it('counts each school exactly as the penalty-notice list filtered to it', async () => {
    const whole = await queryPenaltyNoticeList(la.store, { limit: 1 });
    expect(whole.length).toBeGreaterThan(0);
    expect(actions.schools.reduce((sum, school) => sum + school.penaltyNoticePupils, 0)).toBe(whole.length);
    for (const school of actions.schools) {
      const list = await queryPenaltyNoticeList(la.store, { scope: onlySchool(school.urn), limit: 1 });
      expect(school.penaltyNoticePupils, school.urn).toBe(list.length);
    }
  });

  it('counts the children at each CME milestone exactly as the CME list filtered to the school', async () => {
    expect(actions.schools.some((school) => (school.cmeMilestones[0]?.children ?? 0) > 0)).toBe(true);
    for (const school of actions.schools) {
      expect(school.cmeMilestones.map((count) => count.milestone)).toEqual(CME_LA_MILESTONE_DAYS);
      for (const { milestone, children } of school.cmeMilestones) {
        const list = await queryCmeMilestoneList(la.store, {
          scope: onlySchool(school.urn),
          milestone,
          limit: 1,
        });
        expect(children, `${school.urn} at ${milestone} days`).toBe(list.length);
      }
    }
  });

  it('says how fresh each school is as the data-quality view does', async () => {
    const quality = await queryDataQuality(la.store);
    expect(actions.dataAsOf).toBe(AS_OF);
    expect(actions.recentRegisterDates).toEqual(quality.recentRegisterDates);
    const expected = quality.schools
      .map(({ urn, lastMarkDate, registerDatesBehind }) => ({ urn, lastMarkDate, registerDatesBehind }))
      .sort((a, b) => a.urn.localeCompare(b.urn));
    const actual = actions.schools
      .map(({ urn, lastMarkDate, registerDatesBehind }) => ({ urn, lastMarkDate, registerDatesBehind }))
      .sort((a, b) => a.urn.localeCompare(b.urn));
    expect(actual).toEqual(expected);
    expect(actual.find((school) => school.urn === la.staleUrn)?.registerDatesBehind).toBeGreaterThan(0);
  });

  it("gives each school's latest four school weeks minus the four before, as the overview counts them", async () => {
    for (const school of actions.schools) {
      const scope = { schools: [school.urn], pupilLevel: false };
      const year = await queryLaOverview(la.store, { scope });
      const schoolWeeks = year.weeklyTrend
        .filter((week) => week.possibleSessions > 0)
        .map((w) => w.weekStart);
      const latestFrom = schoolWeeks.at(-4);
      const previousFrom = schoolWeeks.at(-8);
      if (latestFrom === undefined || previousFrom === undefined) throw new Error('Too few school weeks');
      const latest = await queryLaOverview(la.store, { scope, from: latestFrom, to: AS_OF });
      const previous = await queryLaOverview(la.store, {
        scope,
        from: previousFrom,
        to: addDays(latestFrom, -1),
      });
      const latestRate = latest.headline.attendanceRate as number;
      const previousRate = previous.headline.attendanceRate as number;
      expect(school.latestFourWeeksAttendanceRate).toBeCloseTo(latestRate, 9);
      expect(school.previousFourWeeksAttendanceRate).toBeCloseTo(previousRate, 9);
      expect(school.fourWeekChange).toBeCloseTo(latestRate - previousRate, 9);
    }
  });

  it('answers for the scope’s schools only', async () => {
    const [urn] = actions.schools.map((school) => school.urn);
    const scoped = await querySchoolActions(la.store, { scope: { schools: [urn ?? ''], pupilLevel: false } });
    expect(scoped.schools).toEqual(actions.schools.filter((school) => school.urn === urn));
    const none = await querySchoolActions(la.store, { scope: { schools: [], pupilLevel: false } });
    expect(none.schools).toEqual([]);
  });
});
