import { loadGoldenLa, type LoadedGoldenLa } from '../__fixtures__/golden-la.js';
import { queryCmeMilestoneList } from '../../pupil-lists/cme-milestone-list.js';
import { queryPenaltyNoticeList } from '../../pupil-lists/penalty-notice-list.js';
import { HOLLYBANK, PENALTY_WINDOW_LA, UPN } from './__fixtures__/penalty-window-la.js';
import { ANY_PUPIL_ID } from '../__fixtures__/golden-expect.js';

// The penalty-notice window and CME runs of the "penalty window" LA, counted by hand (README.md). Hollybank's
// school weeks: 7, 14 and 21 July 2025 (the last two days of the summer term), then, after the summer
// holiday, 1 September (Wednesday 3 to Friday 5; the Monday and Tuesday are inset days), 8, 15, 22 and
// 29 September, 6, 13 and 20 October (Friday 24 an inset day), the October half term (no school day: its
// Monday is a training day, # for everyone), and Monday 3 to Wednesday 5 November. Ties on the sort key are broken by UPN (check letter first).

const SCHOOL = { urn: HOLLYBANK.urn, schoolName: HOLLYBANK.name };

describe('golden LA "penalty window"', () => {
  let la: LoadedGoldenLa;

  beforeAll(async () => {
    la = await loadGoldenLa(PENALTY_WINDOW_LA);
  });

  afterAll(async () => {
    await la.close();
  });

  describe('penalty notices on 5 November 2025 (the latest mark)', () => {
    // The 10 school weeks up to the week of 5 November: 3 November (1), half term skipped, 20 October (2),
    // 13 (3), 6 (4), 29 September (5), 22 (6), 15 (7), 8 (8), 1 September (9), the summer holiday skipped,
    // 21 July (10). The window runs from Monday 21 July 2025 to Wednesday 5 November 2025.
    const WINDOW = { windowStart: '2025-07-21', windowEnd: '2025-11-05', schoolWeeks: 10 };

    it('lists the pupils with 10 or more G, N, O or U sessions in the window', async () => {
      const list = await queryPenaltyNoticeList(la.store);
      expect(list).toEqual({
        asOf: '2025-11-05',
        dataAsOf: '2025-11-05',
        length: 4,
        pupils: expect.any(Array),
      });
      expect(list.pupils).toEqual([
        // 17 Oct N N (2), 20 to 23 Oct O O (8), 3 Nov O O, 4 Nov N N, 5 Nov O O (6): 16. The 10th session is
        // on 23 October (17: 1-2, 20: 3-4, 21: 5-6, 22: 7-8, 23: 9-10).
        {
          ...SCHOOL,
          upn: UPN.finn,
          pupilId: ANY_PUPIL_ID,
          yearGroup: '3',
          unauthorisedSessions: 16,
          ...WINDOW,
          thresholdMetOn: '2025-10-23',
        },
        // 20, 21 Oct N N (4), 22 Oct N in the morning (1), 23 Oct N N (2), 3 to 5 Nov N N (6): 13. The 10th is
        // the morning of 4 November (20: 1-2, 21: 3-4, 22: 5, 23: 6-7, 3 Nov: 8-9, 4 Nov: 10).
        {
          ...SCHOOL,
          upn: UPN.gus,
          pupilId: ANY_PUPIL_ID,
          yearGroup: '2',
          unauthorisedSessions: 13,
          ...WINDOW,
          thresholdMetOn: '2025-11-04',
        },
        // 22 to 26 Sep O O (10), 3 Nov N N (2): 12; the 10th is on Friday 26 September.
        {
          ...SCHOOL,
          upn: UPN.dee,
          pupilId: ANY_PUPIL_ID,
          yearGroup: '4',
          unauthorisedSessions: 12,
          ...WINDOW,
          thresholdMetOn: '2025-09-26',
        },
        // Exactly 10: 21 and 22 Jul G G (4, on the window's first two days, before the year end), 3 Sep N (1),
        // 10 Oct O O (2), 3 Nov U (1), 4 Nov O O (2); the 10th is on 4 November.
        {
          ...SCHOOL,
          upn: UPN.ava,
          pupilId: ANY_PUPIL_ID,
          yearGroup: '5',
          unauthorisedSessions: 10,
          ...WINDOW,
          thresholdMetOn: '2025-11-04',
        },
      ]);
      // Not listed: Ben has 9 (as Ava, but present on the afternoon of 4 November); Ivy 8 (23 Oct, 3 to 5 Nov
      // N N); Cal's week of G from 14 to
      // 18 July is in the week before the window starts, leaving 2 (13 Oct O O); Eve has 16 (8 to 12 Sep G G,
      // 3 to 5 Nov N N) but was 4 on 31 August 2025, below compulsory school age; Hana has 4.
    });

    it('sorts by school and year group, each tie broken by UPN', async () => {
      const bySchool = await queryPenaltyNoticeList(la.store, { sort: 'school' });
      expect(bySchool.pupils.map((pupil) => pupil.upn)).toEqual([UPN.finn, UPN.gus, UPN.dee, UPN.ava].sort());
      const byYear = await queryPenaltyNoticeList(la.store, { sort: 'yearGroup', limit: 2, offset: 1 });
      expect(byYear).toMatchObject({ length: 4 });
      expect(byYear.pupils.map((pupil) => pupil.upn)).toEqual([UPN.finn, UPN.dee]); // Y2 Gus, Y3 Finn, Y4 Dee, Y5 Ava
    });
  });

  it('moves the window back a week on Friday 31 October, in half term: the school week before it ends it', async () => {
    // The school's last register date on or before 31 October is Monday 27 October (the training day, # for
    // everyone), in a week with no school day. The 10 school weeks up to that week: 20 October (1) back to
    // 1 September (8), then 21 July (9) and 14 July (10): the window runs from Monday 14 July to Monday 27 October.
    const window = { windowStart: '2025-07-14', windowEnd: '2025-10-27', schoolWeeks: 10 };
    const list = await queryPenaltyNoticeList(la.store, { asOf: '2025-10-31' });
    expect(list).toMatchObject({ asOf: '2025-10-31', length: 3 });
    expect(list.pupils).toEqual([
      // 14 to 18 Jul G G (10), now inside the window, and 13 Oct O O (2): 12; the 10th on Friday 18 July.
      {
        ...SCHOOL,
        upn: UPN.cal,
        pupilId: ANY_PUPIL_ID,
        yearGroup: '6',
        unauthorisedSessions: 12,
        ...window,
        thresholdMetOn: '2025-07-18',
      },
      // 17 Oct N N and 20 to 23 Oct O O: exactly 10, the 10th on 23 October (ties with Dee: C before Z).
      {
        ...SCHOOL,
        upn: UPN.finn,
        pupilId: ANY_PUPIL_ID,
        yearGroup: '3',
        unauthorisedSessions: 10,
        ...window,
        thresholdMetOn: '2025-10-23',
      },
      // 22 to 26 Sep O O: 10.
      {
        ...SCHOOL,
        upn: UPN.dee,
        pupilId: ANY_PUPIL_ID,
        yearGroup: '4',
        unauthorisedSessions: 10,
        ...window,
        thresholdMetOn: '2025-09-26',
      },
    ]);
    // Ava and Ben have 7 (July's 4 G, 3 Sep N, 10 Oct O O); Gus 7 (20 to 23 October); Ivy 2 (23 October).
  });

  it('counts a school whose data stopped long before the date to its own last register date', async () => {
    // On 30 June 2026 Hollybank has sent nothing since 5 November 2025: both lists are those of 5 November.
    const asOf = '2026-06-30';
    const penalty = await queryPenaltyNoticeList(la.store, { asOf });
    expect(penalty).toEqual({ ...(await queryPenaltyNoticeList(la.store)), asOf });
    expect(penalty.pupils.every((pupil) => pupil.windowEnd === '2025-11-05')).toBe(true);
    const cme = await queryCmeMilestoneList(la.store, { asOf });
    expect(cme).toEqual({ ...(await queryCmeMilestoneList(la.store)), asOf });
    expect(cme.length).toBe(3);
  });

  describe('children missing education', () => {
    it('counts runs of unexplained school days across a weekend, an inset day and the half term', async () => {
      const list = await queryCmeMilestoneList(la.store);
      expect(list).toMatchObject({ asOf: '2025-11-05', milestone: 3, length: 3 });
      expect(list.pupils).toEqual([
        // Back from Wednesday 5 November: 5 (O), 4 (N), 3 (O); the weekend and half term are not school days
        // and Friday 24 October, # for everyone, is not one either; 23, 22, 21, 20 October (O); the weekend;
        // Friday 17 (N). Thursday 16 October he was present: 8 school days since 17 October.
        {
          ...SCHOOL,
          upn: UPN.finn,
          pupilId: ANY_PUPIL_ID,
          yearGroup: '3',
          daysInRun: 8,
          runSince: '2025-10-17',
          milestone: 6,
          lastSchoolDay: '2025-11-05',
          lastAttended: '2025-10-16',
        },
        // 5, 4 and 3 November and 23 October (N); on Wednesday 22 October he was present in the afternoon, which
        // breaks the run: 4 school days since 23 October.
        {
          ...SCHOOL,
          upn: UPN.gus,
          pupilId: ANY_PUPIL_ID,
          yearGroup: '2',
          daysInRun: 4,
          runSince: '2025-10-23',
          milestone: 3,
          lastSchoolDay: '2025-11-05',
          lastAttended: '2025-10-22',
        },
        // 5, 4 and 3 November and 23 October (N); ill on 22 October, an explained absence, which breaks the
        // run: 4 school days (a tie with Gus: R before V). Ill from 20 October, she was last present on Friday
        // 17 October.
        {
          ...SCHOOL,
          upn: UPN.ivy,
          pupilId: ANY_PUPIL_ID,
          yearGroup: '5',
          daysInRun: 4,
          runSince: '2025-10-23',
          milestone: 3,
          lastSchoolDay: '2025-11-05',
          lastAttended: '2025-10-17',
        },
      ]);
      // Not listed: Hana (N on 5 November, no register entry at all on 4 November: 1 day); Eve (3 days of N,
      // but 4 on 31 August 2025).
    });

    it('keeps the runs that reached 6 days, and counts back from the last school day before half term', async () => {
      const sixDays = await queryCmeMilestoneList(la.store, { milestone: 6 });
      expect(sixDays.pupils.map((pupil) => [pupil.upn, pupil.daysInRun])).toEqual([[UPN.finn, 8]]);

      // On 31 October the last school day is Thursday 23 October: Finn 23, 22, 21, 20 and 17 October (5);
      // Gus and Ivy only 23 October (1), as 22 October breaks their runs.
      const halfTerm = await queryCmeMilestoneList(la.store, { asOf: '2025-10-31' });
      expect(halfTerm.pupils).toEqual([
        {
          ...SCHOOL,
          upn: UPN.finn,
          pupilId: ANY_PUPIL_ID,
          yearGroup: '3',
          daysInRun: 5,
          runSince: '2025-10-17',
          milestone: 3,
          lastSchoolDay: '2025-10-23',
          lastAttended: '2025-10-16',
        },
      ]);
    });
  });
});
