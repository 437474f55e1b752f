import { expectedGroup, reasons, type GroupCounts } from '../__fixtures__/golden-expect.js';
import { loadGoldenLa, type LoadedGoldenLa } from '../__fixtures__/golden-la.js';
import { queryCohortMeasures } from '../../cohort-measures/query-cohort-measures.js';
import { MEADOW, RIVERSIDE, TWO_SCHOOLS_LA } from './__fixtures__/two-schools-la.js';

// Breakdowns of the "two schools" LA for 2025/26 to date, counted by hand (table in README.md). Per enrolment
// (possible; present + approved activity; authorised; unauthorised; attendance and its band):
//   Riverside Ada  20; 18 + 0; 1 I; 1 O              90%    PA (exactly 10%)         band PA (50, 90]
//             Ben  11; 10 + 0; 0; 1 U                90.9%  not PA (9.1%)            band 90-93
//             Cara 20; 10 + 0; 4 I; 4 G 2 N          50%    SA (exactly 50%)         band SA [0, 50]
//             Dev  20; 14 + 6 (4 W 2 P); 0; 0        100%                            band 97-100
//             Eli  10; 8 + 2 V; 0; 0                 100%                            band 97-100
//             Fay  18; 13 + 4 (2 K 2 B); 1 M; 0      94.4%                           band 93-95
//             Gus  20; 13 + 0; 5 C2 2 E; 0           65%    PA                       band PA
//             Hal  20; 19 + 0; 1 R; 0                95%                             band 95-97
//   Meadow    Ben   9; 8 + 0; 1 I; 0                 88.9%  PA                       band PA
//             Ivy  10; 7 + 0; 1 R; 2 O               70%    PA                       band PA
//             Jay  16; 13 + 0; C T J1; 0             81.25% PA                       band PA
//   Outside   Dev (June) 10; 2 + 0; 6 S; 2 N          20%    SA                       band SA
//             Hana  9; 8 + 0; 1 I; 0                 88.9%  PA                       band PA
// SEN: Fay, Ivy, Jay E; Ben, Dev, Gus K; Ada, Cara, Eli, Hal N.

const TOTAL: Omit<GroupCounts, 'keys'> = {
  enrolments: 11,
  possible: 174, // Riverside 139 + Meadow 35
  present: 133, // Riverside 105 + Meadow 28
  approvedEducationalActivity: 12, // Dev 6, Eli 2, Fay 4
  authorised: 19,
  unauthorised: 10,
  persistent: 6, // Ada, Cara, Gus, Ben at Meadow, Ivy, Jay
  severe: 1, // Cara
  reasons: reasons({
    sess_auth_illness: 6, // Ada 1, Cara 4, Ben at Meadow 1
    sess_auth_appointments: 1, // Fay M
    sess_auth_religious: 2, // Hal R, Ivy R
    sess_auth_traveller: 1, // Jay T
    sess_auth_excluded: 2, // Gus E
    sess_auth_other: 7, // Gus 5 C2, Jay C and J1
    sess_unauth_holiday: 4, // Cara G
    sess_unauth_late: 1, // Ben U
    sess_unauth_other: 3, // Ada O, Ivy 2 O
    sess_unauth_noyet: 2, // Cara N
  }),
  persistentAbsenceSessions: 26, // Ada 2 + Cara 10 + Gus 7 + Ben 1 + Ivy 3 + Jay 3, of 29
  bands: [2, 1, 1, 1, 5, 1], // Dev Eli | Hal | Fay | Ben at Riverside | Ada Gus Ben Ivy Jay | Cara
};

const SEN_E: Omit<GroupCounts, 'keys'> = {
  enrolments: 3, // Fay, Ivy, Jay
  possible: 44, // 18 + 10 + 16
  present: 33, // 13 + 7 + 13
  approvedEducationalActivity: 4, // Fay 2 K 2 B
  authorised: 5, // Fay M, Ivy R, Jay C T J1
  unauthorised: 2, // Ivy 2 O
  persistent: 2, // Ivy, Jay
  severe: 0,
  reasons: reasons({
    sess_auth_appointments: 1,
    sess_auth_religious: 1,
    sess_auth_traveller: 1,
    sess_auth_other: 2,
    sess_unauth_other: 2,
  }),
  persistentAbsenceSessions: 6, // Ivy 3 + Jay 3
  bands: [0, 0, 1, 0, 2, 0], // Fay | Ivy Jay
};

const SEN_K: Omit<GroupCounts, 'keys'> = {
  enrolments: 4, // Ben at each school, Dev, Gus
  possible: 60, // 11 + 9 + 20 + 20
  present: 45, // 10 + 8 + 14 + 13
  approvedEducationalActivity: 6, // Dev 4 W 2 P
  authorised: 8, // Ben I at Meadow, Gus 5 C2 2 E
  unauthorised: 1, // Ben U at Riverside
  persistent: 2, // Ben at Meadow, Gus
  severe: 0,
  reasons: reasons({ sess_auth_illness: 1, sess_auth_excluded: 2, sess_auth_other: 5, sess_unauth_late: 1 }),
  persistentAbsenceSessions: 8, // Ben 1 + Gus 7
  bands: [1, 0, 0, 1, 2, 0], // Dev | Ben at Riverside | Ben at Meadow, Gus
};

const SEN_N: Omit<GroupCounts, 'keys'> = {
  enrolments: 4, // Ada, Cara, Eli, Hal: all at Riverside
  possible: 70, // 20 + 20 + 10 + 20
  present: 55, // 18 + 10 + 8 + 19
  approvedEducationalActivity: 2, // Eli 2 V
  authorised: 6, // Ada I, Cara 4 I, Hal R
  unauthorised: 7, // Ada O, Cara 4 G 2 N
  persistent: 2, // Ada, Cara
  severe: 1, // Cara
  reasons: reasons({
    sess_auth_illness: 5,
    sess_auth_religious: 1,
    sess_unauth_holiday: 4,
    sess_unauth_other: 1,
    sess_unauth_noyet: 2,
  }),
  persistentAbsenceSessions: 12, // Ada 2 + Cara 10
  bands: [1, 1, 0, 0, 1, 1], // Eli | Hal | Ada | Cara
};

describe('golden LA "two schools": cohort measures', () => {
  let la: LoadedGoldenLa;

  beforeAll(async () => {
    la = await loadGoldenLa(TWO_SCHOOLS_LA);
  });

  afterAll(async () => {
    await la.close();
  });

  it('breaks the statutory cohort down by year group', async () => {
    const result = await queryCohortMeasures(la.store, { dimensions: ['yearGroup'] });
    expect(result).toMatchObject({ academicYear: 2025, start: '2025-08-01', end: '2026-06-12' });
    expect(result.bands.map((band) => band.id)).toEqual([
      'excellent',
      'at-risk',
      'lower-than-expected',
      'notice-to-improve',
      'persistent-absence',
      'severe-absence',
    ]);
    const groups: GroupCounts[] = [
      { keys: [null], ...TOTAL },
      {
        keys: ['5'], // Ivy
        enrolments: 1,
        possible: 10,
        present: 7,
        approvedEducationalActivity: 0,
        authorised: 1,
        unauthorised: 2,
        persistent: 1,
        severe: 0,
        reasons: reasons({ sess_auth_religious: 1, sess_unauth_other: 2 }),
        persistentAbsenceSessions: 3,
        bands: [0, 0, 0, 0, 1, 0],
      },
      {
        keys: ['6'], // Jay
        enrolments: 1,
        possible: 16,
        present: 13,
        approvedEducationalActivity: 0,
        authorised: 3,
        unauthorised: 0,
        persistent: 1,
        severe: 0,
        reasons: reasons({ sess_auth_traveller: 1, sess_auth_other: 2 }),
        persistentAbsenceSessions: 3,
        bands: [0, 0, 0, 0, 1, 0],
      },
      {
        keys: ['7'], // Eli, Fay
        enrolments: 2,
        possible: 28, // 10 + 18
        present: 21, // 8 + 13
        approvedEducationalActivity: 6, // 2 V + 2 K 2 B
        authorised: 1, // Fay M
        unauthorised: 0,
        persistent: 0,
        severe: 0,
        reasons: reasons({ sess_auth_appointments: 1 }),
        persistentAbsenceSessions: 0,
        bands: [1, 0, 1, 0, 0, 0],
      },
      {
        keys: ['8'], // Ada
        enrolments: 1,
        possible: 20,
        present: 18,
        approvedEducationalActivity: 0,
        authorised: 1,
        unauthorised: 1,
        persistent: 1,
        severe: 0,
        reasons: reasons({ sess_auth_illness: 1, sess_unauth_other: 1 }),
        persistentAbsenceSessions: 2,
        bands: [0, 0, 0, 0, 1, 0],
      },
      {
        keys: ['9'], // Ben at each school, Gus
        enrolments: 3,
        possible: 40, // 11 + 9 + 20
        present: 31, // 10 + 8 + 13
        approvedEducationalActivity: 0,
        authorised: 8, // Ben I, Gus 5 C2 2 E
        unauthorised: 1, // Ben U
        persistent: 2, // Ben at Meadow, Gus
        severe: 0,
        reasons: reasons({
          sess_auth_illness: 1,
          sess_auth_excluded: 2,
          sess_auth_other: 5,
          sess_unauth_late: 1,
        }),
        persistentAbsenceSessions: 8,
        bands: [0, 0, 0, 1, 2, 0],
      },
      {
        keys: ['10'], // Cara, Hal
        enrolments: 2,
        possible: 40,
        present: 29, // 10 + 19
        approvedEducationalActivity: 0,
        authorised: 5, // 4 I + R
        unauthorised: 6, // 4 G + 2 N
        persistent: 1,
        severe: 1,
        reasons: reasons({
          sess_auth_illness: 4,
          sess_auth_religious: 1,
          sess_unauth_holiday: 4,
          sess_unauth_noyet: 2,
        }),
        persistentAbsenceSessions: 10,
        bands: [0, 1, 0, 0, 0, 1],
      },
      {
        keys: ['11'], // Dev, September only
        enrolments: 1,
        possible: 20,
        present: 14,
        approvedEducationalActivity: 6,
        authorised: 0,
        unauthorised: 0,
        persistent: 0,
        severe: 0,
        reasons: reasons(),
        persistentAbsenceSessions: 0,
        bands: [1, 0, 0, 0, 0, 0],
      },
    ];
    // Group order is presentation: compared by key here (the year groups come back ordered as text).
    expect(byKeys(result.groups)).toEqual(byKeys(groups.map(expectedGroup)));
  });

  it('breaks the statutory cohort down by SEN provision', async () => {
    const result = await queryCohortMeasures(la.store, { dimensions: ['senProvision'] });
    expect(result.groups).toEqual(
      [
        { keys: [null], ...TOTAL },
        { keys: ['E'], ...SEN_E },
        { keys: ['K'], ...SEN_K },
        { keys: ['N'], ...SEN_N },
      ].map(expectedGroup),
    );
  });

  it('breaks it down by school and SEN provision, with every subtotal', async () => {
    const result = await queryCohortMeasures(la.store, { dimensions: ['school', 'senProvision'] });
    expect(result.groups).toEqual(
      [
        { keys: [null, null], ...TOTAL },
        { keys: [null, 'E'], ...SEN_E },
        { keys: [null, 'K'], ...SEN_K },
        { keys: [null, 'N'], ...SEN_N },
        {
          keys: [RIVERSIDE.urn, null],
          enrolments: 8,
          possible: 139,
          present: 105,
          approvedEducationalActivity: 12,
          authorised: 14,
          unauthorised: 8,
          persistent: 3, // Ada, Cara, Gus
          severe: 1,
          reasons: reasons({
            sess_auth_illness: 5, // Ada 1, Cara 4
            sess_auth_appointments: 1,
            sess_auth_religious: 1, // Hal
            sess_auth_excluded: 2,
            sess_auth_other: 5,
            sess_unauth_holiday: 4,
            sess_unauth_late: 1,
            sess_unauth_other: 1,
            sess_unauth_noyet: 2,
          }),
          persistentAbsenceSessions: 19, // 2 + 10 + 7
          bands: [2, 1, 1, 1, 2, 1],
        },
        {
          keys: [RIVERSIDE.urn, 'E'], // Fay
          enrolments: 1,
          possible: 18,
          present: 13,
          approvedEducationalActivity: 4,
          authorised: 1,
          unauthorised: 0,
          persistent: 0,
          severe: 0,
          reasons: reasons({ sess_auth_appointments: 1 }),
          persistentAbsenceSessions: 0,
          bands: [0, 0, 1, 0, 0, 0],
        },
        {
          keys: [RIVERSIDE.urn, 'K'], // Ben, Dev, Gus
          enrolments: 3,
          possible: 51, // 11 + 20 + 20
          present: 37, // 10 + 14 + 13
          approvedEducationalActivity: 6,
          authorised: 7, // Gus 5 C2 2 E
          unauthorised: 1, // Ben U
          persistent: 1, // Gus
          severe: 0,
          reasons: reasons({ sess_auth_excluded: 2, sess_auth_other: 5, sess_unauth_late: 1 }),
          persistentAbsenceSessions: 7,
          bands: [1, 0, 0, 1, 1, 0],
        },
        { keys: [RIVERSIDE.urn, 'N'], ...SEN_N },
        {
          keys: [MEADOW.urn, null],
          enrolments: 3,
          possible: 35,
          present: 28,
          approvedEducationalActivity: 0,
          authorised: 5,
          unauthorised: 2,
          persistent: 3,
          severe: 0,
          reasons: reasons({
            sess_auth_illness: 1,
            sess_auth_religious: 1,
            sess_auth_traveller: 1,
            sess_auth_other: 2,
            sess_unauth_other: 2,
          }),
          persistentAbsenceSessions: 7, // 1 + 3 + 3
          bands: [0, 0, 0, 0, 3, 0],
        },
        {
          keys: [MEADOW.urn, 'E'], // Ivy, Jay
          enrolments: 2,
          possible: 26,
          present: 20,
          approvedEducationalActivity: 0,
          authorised: 4,
          unauthorised: 2,
          persistent: 2,
          severe: 0,
          reasons: reasons({
            sess_auth_religious: 1,
            sess_auth_traveller: 1,
            sess_auth_other: 2,
            sess_unauth_other: 2,
          }),
          persistentAbsenceSessions: 6,
          bands: [0, 0, 0, 0, 2, 0],
        },
        {
          keys: [MEADOW.urn, 'K'], // Ben
          enrolments: 1,
          possible: 9,
          present: 8,
          approvedEducationalActivity: 0,
          authorised: 1,
          unauthorised: 0,
          persistent: 1,
          severe: 0,
          reasons: reasons({ sess_auth_illness: 1 }),
          persistentAbsenceSessions: 1,
          bands: [0, 0, 0, 0, 1, 0],
        },
      ].map(expectedGroup),
    );
  });

  it('gives the pupils outside the statutory cohort apart: Hana (4) and Dev in the sixth half term', async () => {
    const result = await queryCohortMeasures(la.store, {
      dimensions: ['school'],
      cohort: 'outside-statutory',
    });
    expect(result.cohort).toBe('outside-statutory');
    expect(result.groups).toEqual(
      [
        {
          keys: [null],
          enrolments: 2,
          possible: 19, // Dev 10 + Hana 9 (X and # not possible)
          present: 10, // 2 + 8
          approvedEducationalActivity: 0,
          authorised: 7, // Dev 6 S, Hana I
          unauthorised: 2, // Dev 2 N
          persistent: 2,
          severe: 1, // Dev 8/10
          reasons: reasons({ sess_auth_study: 6, sess_auth_illness: 1, sess_unauth_noyet: 2 }),
          persistentAbsenceSessions: 9,
          bands: [0, 0, 0, 0, 1, 1],
        },
        {
          keys: [RIVERSIDE.urn], // Dev, 8 to 12 June
          enrolments: 1,
          possible: 10,
          present: 2,
          approvedEducationalActivity: 0,
          authorised: 6,
          unauthorised: 2,
          persistent: 1,
          severe: 1,
          reasons: reasons({ sess_auth_study: 6, sess_unauth_noyet: 2 }),
          persistentAbsenceSessions: 8,
          bands: [0, 0, 0, 0, 0, 1],
        },
        {
          keys: [MEADOW.urn], // Hana
          enrolments: 1,
          possible: 9,
          present: 8,
          approvedEducationalActivity: 0,
          authorised: 1,
          unauthorised: 0,
          persistent: 1, // 1/9
          severe: 0,
          reasons: reasons({ sess_auth_illness: 1 }),
          persistentAbsenceSessions: 1,
          bands: [0, 0, 0, 0, 1, 0],
        },
      ].map(expectedGroup),
    );
  });
});

function byKeys(groups: readonly unknown[]): Record<string, unknown> {
  return Object.fromEntries(
    groups.map((group) => [JSON.stringify((group as { keys: unknown }).keys), group]),
  );
}
