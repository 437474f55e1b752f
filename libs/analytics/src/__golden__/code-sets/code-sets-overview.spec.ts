import { approx } from '../__fixtures__/golden-expect.js';
import { loadGoldenLa, type LoadedGoldenLa } from '../__fixtures__/golden-la.js';
import { queryLaOverview } from '../../la-overview/query-la-overview.js';
import { CODE_SETS_LA, ELM, WILLOW } from './__fixtures__/code-sets-la.js';

// Every figure counted by hand from the registers in code-sets-la.ts (table in README.md).
// 2023/24 (week of 8 July, 2006 codes): Amy, Bea, Cal at Elm and Val at Willow; Wes is 15 in the sixth half term.
// 2024/25 (16 and 19 August, week of 9 September): Amy, Bea at Elm and Cal, Val at Willow; Dan is 4.

const ELM_ROW = { ...ELM, phase: 'Primary', type: 'Community school' };
const WILLOW_ROW = { ...WILLOW, phase: 'Secondary', type: 'Foundation school' };

describe('golden LA "code sets": LA overview', () => {
  let la: LoadedGoldenLa;

  beforeAll(async () => {
    la = await loadGoldenLa(CODE_SETS_LA);
  });

  afterAll(async () => {
    await la.close();
  });

  it('gives 2024/25 to date, where 2006 and 2024 codes meet', async () => {
    const overview = await queryLaOverview(la.store);
    expect(overview).toMatchObject({
      academicYear: '2024/25',
      periodStart: '2024-08-01',
      periodEnd: '2024-09-13',
      dataAsOf: '2024-09-13',
    });
    expect(overview.headline).toEqual({
      enrolments: 4, // Amy, Bea, Cal at Willow, Val
      possibleSessions: 35, // Amy 1 + 1 + 10, Bea 10, Cal 10 less 2 Q and Y7, Val 10 less 4 D
      attendedSessions: 26, // Amy 4 present + J, 2 K, B; Bea 6; Cal 7 (L is present); Val 5
      authorisedSessions: 5, // Amy J1, C1, 2 C2; Val J1
      unauthorisedSessions: 4, // Bea 4 G
      attendanceRate: approx(74.285714), // 100 - 9 / 35
      overallAbsenceRate: approx(25.714286), // 9 / 35
      authorisedAbsenceRate: approx(14.285714), // 5 / 35
      unauthorisedAbsenceRate: approx(11.428571), // 4 / 35
      persistentAbsentees: 3, // Amy 4/12, Bea 4/10, Val 1/6
      persistentAbsenceRate: approx(75), // 3 / 4
      severeAbsentees: 0,
      severeAbsenceRate: approx(0),
    });
    expect(overview.schools).toEqual([
      {
        ...ELM_ROW,
        lastMarkDate: '2024-09-13',
        measures: {
          enrolments: 2,
          possibleSessions: 22, // 12 + 10
          attendedSessions: 14, // 8 + 6
          authorisedSessions: 4,
          unauthorisedSessions: 4,
          attendanceRate: approx(63.636364), // 100 - 8 / 22
          overallAbsenceRate: approx(36.363636), // 8 / 22
          authorisedAbsenceRate: approx(18.181818), // 4 / 22
          unauthorisedAbsenceRate: approx(18.181818), // 4 / 22
          persistentAbsentees: 2,
          persistentAbsenceRate: approx(100), // 2 / 2
          severeAbsentees: 0,
          severeAbsenceRate: approx(0),
        },
      },
      {
        ...WILLOW_ROW,
        lastMarkDate: '2024-09-13',
        measures: {
          enrolments: 2,
          possibleSessions: 13, // 7 + 6
          attendedSessions: 12, // 7 + 5
          authorisedSessions: 1, // Val J1
          unauthorisedSessions: 0,
          attendanceRate: approx(92.307692), // 100 - 1 / 13
          overallAbsenceRate: approx(7.692308), // 1 / 13
          authorisedAbsenceRate: approx(7.692308),
          unauthorisedAbsenceRate: approx(0),
          persistentAbsentees: 1, // Val
          persistentAbsenceRate: approx(50), // 1 / 2
          severeAbsentees: 0,
          severeAbsenceRate: approx(0),
        },
      },
    ]);
    expect(overview.weeklyTrend).toEqual([
      {
        weekStart: '2024-08-12', // Friday 16 August: Amy's J, approved educational activity in the 2006 set
        possibleSessions: 1,
        attendanceRate: approx(100),
        overallAbsenceRate: approx(0),
        authorisedAbsenceRate: approx(0),
        unauthorisedAbsenceRate: approx(0),
      },
      {
        weekStart: '2024-08-19', // Monday 19 August: Amy's J1, authorised absence in the 2024 set
        possibleSessions: 1,
        attendanceRate: approx(0),
        overallAbsenceRate: approx(100),
        authorisedAbsenceRate: approx(100),
        unauthorisedAbsenceRate: approx(0),
      },
      {
        weekStart: '2024-09-09',
        possibleSessions: 33, // Amy 10, Bea 10, Cal 7, Val 6
        attendanceRate: approx(75.757576), // 100 - 8 / 33
        overallAbsenceRate: approx(24.242424), // 8 / 33
        authorisedAbsenceRate: approx(12.121212), // Amy C1 2 C2, Val J1: 4 / 33
        unauthorisedAbsenceRate: approx(12.121212), // Bea 4 G: 4 / 33
      },
    ]);
  });

  it('gives 2023/24, all 2006 codes', async () => {
    const overview = await queryLaOverview(la.store, { from: '2023-08-01', to: '2024-07-31' });
    expect(overview).toMatchObject({
      academicYear: '2023/24',
      periodStart: '2023-08-01',
      periodEnd: '2024-07-31',
      dataAsOf: '2024-09-13',
    });
    expect(overview.headline).toEqual({
      enrolments: 4, // Amy, Bea, Cal at Elm, Val; not Wes (15, sixth half term)
      possibleSessions: 34, // 10 + 10 + 8 (2 Y not possible) + 6 (4 D)
      attendedSessions: 23, // Amy 6 + 2 B, Bea 2, Cal 7, Val 5 + J
      authorisedSessions: 10, // Amy 2 C, Bea 8 H
      unauthorisedSessions: 1, // Cal U
      attendanceRate: approx(67.647059), // 100 - 11 / 34
      overallAbsenceRate: approx(32.352941), // 11 / 34
      authorisedAbsenceRate: approx(29.411765), // 10 / 34
      unauthorisedAbsenceRate: approx(2.941176), // 1 / 34
      persistentAbsentees: 3, // Amy 2/10, Bea 8/10, Cal 1/8
      persistentAbsenceRate: approx(75), // 3 / 4
      severeAbsentees: 1, // Bea
      severeAbsenceRate: approx(25), // 1 / 4
    });
    expect(overview.schools).toEqual([
      {
        ...ELM_ROW,
        lastMarkDate: '2024-07-12',
        measures: {
          enrolments: 3,
          possibleSessions: 28,
          attendedSessions: 17, // 8 + 2 + 7
          authorisedSessions: 10,
          unauthorisedSessions: 1,
          attendanceRate: approx(60.714286), // 100 - 11 / 28
          overallAbsenceRate: approx(39.285714), // 11 / 28
          authorisedAbsenceRate: approx(35.714286), // 10 / 28
          unauthorisedAbsenceRate: approx(3.571429), // 1 / 28
          persistentAbsentees: 3,
          persistentAbsenceRate: approx(100), // 3 / 3
          severeAbsentees: 1,
          severeAbsenceRate: approx(33.333333), // 1 / 3
        },
      },
      {
        ...WILLOW_ROW,
        lastMarkDate: '2024-07-12',
        measures: {
          enrolments: 1, // Val
          possibleSessions: 6,
          attendedSessions: 6, // J attends in the 2006 set
          authorisedSessions: 0,
          unauthorisedSessions: 0,
          attendanceRate: approx(100),
          overallAbsenceRate: approx(0),
          authorisedAbsenceRate: approx(0),
          unauthorisedAbsenceRate: approx(0),
          persistentAbsentees: 0,
          persistentAbsenceRate: approx(0),
          severeAbsentees: 0,
          severeAbsenceRate: approx(0),
        },
      },
    ]);
    expect(overview.weeklyTrend.map((week) => [week.weekStart, week.possibleSessions])).toEqual([
      ['2024-07-08', 34],
    ]);
  });

  it('counts J as attendance on 16 August 2024 and J1 as absence on 19 August', async () => {
    const friday = await queryLaOverview(la.store, { from: '2024-08-16', to: '2024-08-16' });
    expect(friday.headline).toMatchObject({
      enrolments: 1, // Amy: J and Y
      possibleSessions: 1, // Y is not possible
      attendedSessions: 1,
      authorisedSessions: 0,
      persistentAbsentees: 0,
    });
    const monday = await queryLaOverview(la.store, { from: '2024-08-19', to: '2024-08-19' });
    expect(monday.headline).toMatchObject({
      enrolments: 1, // Amy: J1 and Y1
      possibleSessions: 1, // Y1 is not possible
      attendedSessions: 0,
      authorisedSessions: 1,
      persistentAbsentees: 1, // 1 in 1
      severeAbsentees: 1,
    });
  });
});
