import { ANY_PUPIL_ID, approx } from '../__fixtures__/golden-expect.js';
import { loadGoldenLa, type LoadedGoldenLa } from '../__fixtures__/golden-la.js';
import { queryAbsenteeList } from '../../pupil-lists/query-absentee-list.js';
import { CODE_SETS_LA, ELM, UPN, WILLOW } from './__fixtures__/code-sets-la.js';

// The absentees of the "code sets" LA in each year, counted by hand (README.md). The year group is the one in
// the current pupils file (2024/25) in both years.

const AT_ELM = { urn: ELM.urn, schoolName: ELM.name };
const AT_WILLOW = { urn: WILLOW.urn, schoolName: WILLOW.name };
const YEAR_2023 = { from: '2023-08-01', to: '2024-07-31' };

describe('golden LA "code sets": absentee lists', () => {
  let la: LoadedGoldenLa;

  beforeAll(async () => {
    la = await loadGoldenLa(CODE_SETS_LA);
  });

  afterAll(async () => {
    await la.close();
  });

  it('lists the persistent absentees of 2024/25, lowest attendance first', async () => {
    const list = await queryAbsenteeList(la.store, { list: 'persistent' });
    expect(list).toMatchObject({ academicYear: 2024, start: '2024-08-01', end: '2024-09-13', length: 3 });
    expect(list.pupils).toEqual([
      {
        ...AT_ELM,
        upn: UPN.bea,
        pupilId: ANY_PUPIL_ID,
        yearGroup: '5',
        possibleSessions: 10,
        attendedSessions: 6,
        authorisedSessions: 0,
        unauthorisedSessions: 4, // G: a holiday is no longer authorised
        attendanceRate: approx(60), // 6 / 10
        severe: false,
      },
      {
        ...AT_ELM,
        upn: UPN.amy,
        pupilId: ANY_PUPIL_ID,
        yearGroup: '3',
        possibleSessions: 12, // J on 16 August, J1 on 19 August, 10 in September
        attendedSessions: 8, // 4 present, J, 2 K, B
        authorisedSessions: 4, // J1, C1, 2 C2
        unauthorisedSessions: 0,
        attendanceRate: approx(66.666667), // 8 / 12
        severe: false,
      },
      {
        ...AT_WILLOW,
        upn: UPN.val,
        pupilId: ANY_PUPIL_ID,
        yearGroup: '9',
        possibleSessions: 6, // 10 less 4 D
        attendedSessions: 5,
        authorisedSessions: 1, // J1
        unauthorisedSessions: 0,
        attendanceRate: approx(83.333333), // 5 / 6
        severe: false,
      },
    ]);
    const severe = await queryAbsenteeList(la.store, { list: 'severe' });
    expect([severe.length, severe.pupils]).toEqual([0, []]);
  });

  it('lists the persistent absentees of 2023/24: Bea (H), Amy (C) and Cal, who has left Elm', async () => {
    const list = await queryAbsenteeList(la.store, { list: 'persistent', ...YEAR_2023 });
    expect(list).toMatchObject({ academicYear: 2023, length: 3 });
    expect(list.pupils).toEqual([
      {
        ...AT_ELM,
        upn: UPN.bea,
        pupilId: ANY_PUPIL_ID,
        yearGroup: '5',
        possibleSessions: 10,
        attendedSessions: 2,
        authorisedSessions: 8, // H
        unauthorisedSessions: 0,
        attendanceRate: approx(20), // 2 / 10
        severe: true,
      },
      {
        ...AT_ELM,
        upn: UPN.amy,
        pupilId: ANY_PUPIL_ID,
        yearGroup: '3',
        possibleSessions: 10,
        attendedSessions: 8, // 6 present, 2 B
        authorisedSessions: 2, // C
        unauthorisedSessions: 0,
        attendanceRate: approx(80),
        severe: false,
      },
      {
        ...AT_ELM,
        upn: UPN.cal,
        pupilId: ANY_PUPIL_ID,
        yearGroup: '6',
        possibleSessions: 8, // 10 less 2 Y
        attendedSessions: 7,
        authorisedSessions: 0,
        unauthorisedSessions: 1, // U
        attendanceRate: approx(87.5), // 7 / 8
        severe: false,
      },
    ]);
  });

  it('lists the outside cohort of each year apart', async () => {
    const dan = await queryAbsenteeList(la.store, { list: 'persistent', cohort: 'outside-statutory' });
    expect(dan.pupils).toEqual([
      {
        ...AT_ELM,
        upn: UPN.dan,
        pupilId: ANY_PUPIL_ID,
        yearGroup: 'R',
        possibleSessions: 5,
        attendedSessions: 4,
        authorisedSessions: 1, // I
        unauthorisedSessions: 0,
        attendanceRate: approx(80),
        severe: false,
      },
    ]);
    const wes = await queryAbsenteeList(la.store, {
      list: 'severe',
      cohort: 'outside-statutory',
      ...YEAR_2023,
    });
    expect(wes.pupils).toEqual([
      {
        ...AT_WILLOW,
        upn: UPN.wes,
        pupilId: ANY_PUPIL_ID,
        yearGroup: '11',
        possibleSessions: 10,
        attendedSessions: 5, // 3 present, 2 W
        authorisedSessions: 5, // 4 S, I
        unauthorisedSessions: 0,
        attendanceRate: approx(50),
        severe: true,
      },
    ]);
  });
});
