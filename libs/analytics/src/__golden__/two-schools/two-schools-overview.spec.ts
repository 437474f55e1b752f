import { approx } from '../__fixtures__/golden-expect.js';
import { loadGoldenLa, type LoadedGoldenLa } from '../__fixtures__/golden-la.js';
import { queryLaOverview } from '../../la-overview/query-la-overview.js';
import { MEADOW, RIVERSIDE, TWO_SCHOOLS_LA } from './__fixtures__/two-schools-la.js';

// Every figure counted by hand from the registers in two-schools-la.ts (table in README.md). Statutory cohort:
// Riverside's Ada, Ben, Cara, Dev (September only), Eli, Fay, Gus, Hal; Meadow's Ben, Ivy, Jay. Hana (4) and
// Dev's June week (15, sixth half term) are outside it.

describe('golden LA "two schools": LA overview', () => {
  let la: LoadedGoldenLa;

  beforeAll(async () => {
    la = await loadGoldenLa(TWO_SCHOOLS_LA);
  });

  afterAll(async () => {
    await la.close();
  });

  const WHOLE_PERIOD_HEADLINE = {
    // Riverside 8 + Meadow 3; Ben counts at each school; Hana is 4; Eli's Z week alone would not count
    enrolments: 11,
    // Riverside 20+11+20+20+10+18+20+20 = 139; Meadow 9+10+16 = 35
    possibleSessions: 174,
    // present 105 + 28, plus approved activity 12 (Dev 4 W 2 P, Eli 2 V, Fay 2 K 2 B)
    attendedSessions: 145,
    // I 6 (Ada 1, Cara 4, Ben at Meadow 1), M 1, R 2, T 1, E 2, C2 5, C 1, J1 1
    authorisedSessions: 19,
    // O 3 (Ada 1, Ivy 2), U 1, G 4, N 2
    unauthorisedSessions: 10,
    attendanceRate: approx(83.333333), // 100 - 29 / 174
    overallAbsenceRate: approx(16.666667), // 29 / 174
    authorisedAbsenceRate: approx(10.91954), // 19 / 174
    unauthorisedAbsenceRate: approx(5.747126), // 10 / 174
    // Ada 2/20 (exactly 10%), Cara 10/20, Gus 7/20, Ben at Meadow 1/9, Ivy 3/10, Jay 3/16; not Ben at Riverside 1/11
    persistentAbsentees: 6,
    persistentAbsenceRate: approx(54.545455), // 6 / 11
    severeAbsentees: 1, // Cara, exactly 50%
    severeAbsenceRate: approx(9.090909), // 1 / 11
  };

  const RIVERSIDE_MEASURES = {
    enrolments: 8,
    possibleSessions: 139, // 20 + 11 (Ben: 20 less 9 D) + 20 + 20 + 10 (Eli) + 18 (Fay: less Q, Y2) + 20 + 20
    attendedSessions: 117, // present 18 + 10 + 10 + 14 + 8 + 13 + 13 + 19 = 105, approved activity 6 + 2 + 4
    authorisedSessions: 14, // Ada I, Cara 4 I, Fay M, Gus 5 C2 + 2 E, Hal R
    unauthorisedSessions: 8, // Ada O, Ben U, Cara 4 G + 2 N
    attendanceRate: approx(84.172662), // 100 - 22 / 139
    overallAbsenceRate: approx(15.827338), // 22 / 139
    authorisedAbsenceRate: approx(10.071942), // 14 / 139
    unauthorisedAbsenceRate: approx(5.755396), // 8 / 139
    persistentAbsentees: 3, // Ada, Cara, Gus
    persistentAbsenceRate: approx(37.5), // 3 / 8
    severeAbsentees: 1, // Cara
    severeAbsenceRate: approx(12.5), // 1 / 8
  };

  const MEADOW_MEASURES = {
    enrolments: 3, // Ben, Ivy, Jay (Hana is outside the cohort)
    possibleSessions: 35, // Ben 20 less 9 D and 2 #; Ivy 10; Jay 20 less 2 Y1 and 2 #
    attendedSessions: 28, // 8 + 7 + 13
    authorisedSessions: 5, // Ben I, Ivy R, Jay C + T + J1
    unauthorisedSessions: 2, // Ivy 2 O
    attendanceRate: approx(80), // 100 - 7 / 35
    overallAbsenceRate: approx(20), // 7 / 35
    authorisedAbsenceRate: approx(14.285714), // 5 / 35
    unauthorisedAbsenceRate: approx(5.714286), // 2 / 35
    persistentAbsentees: 3, // Ben 1/9, Ivy 3/10, Jay 3/16
    persistentAbsenceRate: approx(100), // 3 / 3
    severeAbsentees: 0,
    severeAbsenceRate: approx(0),
  };

  it('covers 2025/26 up to the latest mark, Dev on 12 June 2026, by default', async () => {
    const overview = await queryLaOverview(la.store);
    expect(overview).toMatchObject({
      academicYear: '2025/26',
      cohort: 'statutory',
      periodStart: '2025-08-01',
      periodEnd: '2026-06-12',
      dataAsOf: '2026-06-12',
    });
  });

  it('gives the headline, each school and the weekly trend of the year to date', async () => {
    const overview = await queryLaOverview(la.store);
    expect(overview.headline).toEqual(WHOLE_PERIOD_HEADLINE);
    expect(overview.schools).toEqual([
      // by name: Meadow before Riverside; Meadow's last mark is the # of Friday 19 September
      {
        ...MEADOW,
        phase: 'Special',
        type: 'Community special school',
        lastMarkDate: '2025-09-19',
        measures: MEADOW_MEASURES,
      },
      // Dev's June marks are Riverside's latest, though outside the cohort
      {
        ...RIVERSIDE,
        phase: 'Secondary',
        type: 'Academy converter',
        lastMarkDate: '2026-06-12',
        measures: RIVERSIDE_MEASURES,
      },
    ]);
    expect(overview.weeklyTrend).toEqual([
      {
        weekStart: '2025-09-08',
        possibleSessions: 87, // Riverside 64 (Eli: Z only; Fay less Q), Meadow 23 (Ben 5, Ivy 10, Jay 8)
        attendanceRate: approx(82.758621), // 100 - 15 / 87
        overallAbsenceRate: approx(17.241379), // 15 / 87
        authorisedAbsenceRate: approx(14.942529), // Ada I, Cara 4 I, Gus 5 C2, Ben I, Ivy R, Jay C: 13 / 87
        unauthorisedAbsenceRate: approx(2.298851), // Ivy 2 O: 2 / 87
      },
      {
        weekStart: '2025-09-15',
        possibleSessions: 87, // Riverside 75 (Ben 6, Fay 9), Meadow 12 (Ben 4, Jay 8; Ivy has left; # on Friday)
        attendanceRate: approx(83.908046), // 100 - 14 / 87
        overallAbsenceRate: approx(16.091954), // 14 / 87
        authorisedAbsenceRate: approx(6.896552), // Fay M, Gus 2 E, Hal R, Jay T + J1: 6 / 87
        unauthorisedAbsenceRate: approx(9.195402), // Ada O, Ben U, Cara 4 G + 2 N: 8 / 87
      },
      // No week for June: its only marks are Dev's, left out at 15 in the sixth half term.
    ]);
  });

  it('gives the same figures from the weekly summaries for 8 to 21 September', async () => {
    const overview = await queryLaOverview(la.store, { from: '2025-09-08', to: '2025-09-21' });
    expect(overview.headline).toEqual(WHOLE_PERIOD_HEADLINE);
    expect(overview.schools.map((school) => [school.urn, school.lastMarkDate, school.measures])).toEqual([
      [MEADOW.urn, '2025-09-19', MEADOW_MEASURES],
      [RIVERSIDE.urn, '2025-09-19', RIVERSIDE_MEASURES],
    ]);
  });

  it('recounts a week the period cuts short (8 to 12 September, a Friday) from the marks', async () => {
    const overview = await queryLaOverview(la.store, { from: '2025-09-08', to: '2025-09-12' });
    expect(overview.headline).toEqual({
      enrolments: 10, // Eli, with only Z that week, has no possible session
      possibleSessions: 87,
      attendedSessions: 72, // present 64, approved activity 8 (Dev 4 W 2 P, Fay 2 K)
      authorisedSessions: 13,
      unauthorisedSessions: 2,
      attendanceRate: approx(82.758621), // 100 - 15 / 87
      overallAbsenceRate: approx(17.241379), // 15 / 87
      authorisedAbsenceRate: approx(14.942529), // 13 / 87
      unauthorisedAbsenceRate: approx(2.298851), // 2 / 87
      // Ada 1/10, Cara 4/10, Gus 5/10, Ben at Meadow 1/5, Ivy 3/10, Jay 1/8
      persistentAbsentees: 6,
      persistentAbsenceRate: approx(60), // 6 / 10
      severeAbsentees: 1, // Gus: his part-time week alone is exactly 50%; Cara's 4/10 is not
      severeAbsenceRate: approx(10), // 1 / 10
    });
    expect(overview.schools.map((school) => [school.urn, school.lastMarkDate, school.measures])).toEqual([
      [
        MEADOW.urn,
        '2025-09-12',
        {
          enrolments: 3,
          possibleSessions: 23, // Ben 5, Ivy 10, Jay 8
          attendedSessions: 18, // 4 + 7 + 7
          authorisedSessions: 3, // Ben I, Ivy R, Jay C
          unauthorisedSessions: 2, // Ivy 2 O
          attendanceRate: approx(78.26087), // 100 - 5 / 23
          overallAbsenceRate: approx(21.73913), // 5 / 23
          authorisedAbsenceRate: approx(13.043478), // 3 / 23
          unauthorisedAbsenceRate: approx(8.695652), // 2 / 23
          persistentAbsentees: 3, // Ben 1/5, Ivy 3/10, Jay 1/8
          persistentAbsenceRate: approx(100), // 3 / 3
          severeAbsentees: 0,
          severeAbsenceRate: approx(0),
        },
      ],
      [
        RIVERSIDE.urn,
        '2025-09-12',
        {
          enrolments: 7, // not Eli
          possibleSessions: 64, // 10 + 5 + 10 + 10 + 9 + 10 + 10
          attendedSessions: 54, // 9 + 5 + 6 + 10 + 9 + 5 + 10
          authorisedSessions: 10, // Ada I, Cara 4 I, Gus 5 C2
          unauthorisedSessions: 0,
          attendanceRate: approx(84.375), // 100 - 10 / 64
          overallAbsenceRate: approx(15.625), // 10 / 64
          authorisedAbsenceRate: approx(15.625), // 10 / 64
          unauthorisedAbsenceRate: approx(0),
          persistentAbsentees: 3, // Ada, Cara, Gus
          persistentAbsenceRate: approx(42.857143), // 3 / 7
          severeAbsentees: 1, // Gus
          severeAbsenceRate: approx(14.285714), // 1 / 7
        },
      ],
    ]);
    expect(overview.weeklyTrend.map((week) => [week.weekStart, week.possibleSessions])).toEqual([
      ['2025-09-08', 87],
    ]);
  });
});
