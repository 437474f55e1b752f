import { expectedGroup, reasons, type GroupCounts } from '../__fixtures__/golden-expect.js';
import { loadGoldenLa, type LoadedGoldenLa } from '../__fixtures__/golden-la.js';
import { queryCohortMeasures } from '../../cohort-measures/query-cohort-measures.js';
import { CODE_SETS_LA, ELM, WILLOW } from './__fixtures__/code-sets-la.js';

// Breakdowns of the "code sets" LA, counted by hand (README.md). Per enrolment (possible; present + approved
// activity; authorised; unauthorised; attendance and its band):
// 2024/25 Amy (Elm, Y3, FSM N, SEN N)  12; 4 + 4 (J, 2 K, B); 4 (J1 C1 2 C2); 0   66.7%  PA  band PA (50, 90]
//         Bea (Elm, Y5, FSM Y, SEN K)  10; 6 + 0; 0; 4 G                         60%    PA  band PA
//         Cal (Willow, Y7, FSM Y, N)    7; 7 + 0; 0; 0                           100%       band 97-100
//         Val (Willow, Y9, FSM N, E)    6; 5 + 0; 1 J1; 0                        83.3%  PA  band PA
//         Dan (Elm, R, outside)         5; 4 + 0; 1 I; 0                         80%    PA  band PA
// 2023/24 Amy                          10; 6 + 2 B; 2 C; 0                       80%    PA  band PA
//         Bea                          10; 2 + 0; 8 H; 0                         20%    SA  band SA [0, 50]
//         Cal (Elm)                     8; 7 + 0; 0; 1 U                         87.5%  PA  band PA
//         Val                           6; 5 + 1 J; 0; 0                         100%       band 97-100
//         Wes (Willow, 15, outside)    10; 3 + 2 W; 5 (4 S, I); 0                50%    SA  band SA

type Counts = Omit<GroupCounts, 'keys'>;

const AMY: Counts = {
  enrolments: 1,
  possible: 12,
  present: 4,
  approvedEducationalActivity: 4,
  authorised: 4,
  unauthorised: 0,
  persistent: 1,
  severe: 0,
  reasons: reasons({ sess_auth_other: 4 }), // J1, C1 and C2 are all "other" reasons
  persistentAbsenceSessions: 4,
  bands: [0, 0, 0, 0, 1, 0],
};
const BEA: Counts = {
  enrolments: 1,
  possible: 10,
  present: 6,
  approvedEducationalActivity: 0,
  authorised: 0,
  unauthorised: 4,
  persistent: 1,
  severe: 0,
  reasons: reasons({ sess_unauth_holiday: 4 }),
  persistentAbsenceSessions: 4,
  bands: [0, 0, 0, 0, 1, 0],
};
const CAL: Counts = {
  enrolments: 1,
  possible: 7,
  present: 7,
  approvedEducationalActivity: 0,
  authorised: 0,
  unauthorised: 0,
  persistent: 0,
  severe: 0,
  reasons: reasons(),
  persistentAbsenceSessions: 0,
  bands: [1, 0, 0, 0, 0, 0],
};
const VAL: Counts = {
  enrolments: 1,
  possible: 6,
  present: 5,
  approvedEducationalActivity: 0,
  authorised: 1,
  unauthorised: 0,
  persistent: 1,
  severe: 0,
  reasons: reasons({ sess_auth_other: 1 }),
  persistentAbsenceSessions: 1,
  bands: [0, 0, 0, 0, 1, 0],
};
const TOTAL_2024: Counts = {
  enrolments: 4,
  possible: 35,
  present: 22,
  approvedEducationalActivity: 4,
  authorised: 5,
  unauthorised: 4,
  persistent: 3,
  severe: 0,
  reasons: reasons({ sess_auth_other: 5, sess_unauth_holiday: 4 }),
  persistentAbsenceSessions: 9, // all 9 absent sessions are persistent absentees'
  bands: [1, 0, 0, 0, 3, 0],
};

describe('golden LA "code sets": cohort measures', () => {
  let la: LoadedGoldenLa;

  beforeAll(async () => {
    la = await loadGoldenLa(CODE_SETS_LA);
  });

  afterAll(async () => {
    await la.close();
  });

  it('breaks 2024/25 down by year group', async () => {
    const result = await queryCohortMeasures(la.store, { dimensions: ['yearGroup'] });
    expect(result).toMatchObject({ academicYear: 2024, start: '2024-08-01', end: '2024-09-13' });
    expect(result.groups).toEqual(
      [
        { keys: [null], ...TOTAL_2024 },
        { keys: ['3'], ...AMY },
        { keys: ['5'], ...BEA },
        { keys: ['7'], ...CAL },
        { keys: ['9'], ...VAL },
      ].map(expectedGroup),
    );
  });

  it('breaks 2024/25 down by SEN provision', async () => {
    const result = await queryCohortMeasures(la.store, { dimensions: ['senProvision'] });
    expect(result.groups).toEqual(
      [
        { keys: [null], ...TOTAL_2024 },
        { keys: ['E'], ...VAL },
        { keys: ['K'], ...BEA },
        {
          keys: ['N'], // Amy, Cal
          enrolments: 2,
          possible: 19,
          present: 11,
          approvedEducationalActivity: 4,
          authorised: 4,
          unauthorised: 0,
          persistent: 1,
          severe: 0,
          reasons: reasons({ sess_auth_other: 4 }),
          persistentAbsenceSessions: 4,
          bands: [1, 0, 0, 0, 1, 0],
        },
      ].map(expectedGroup),
    );
  });

  it('breaks 2024/25 down by school and FSM eligibility', async () => {
    const result = await queryCohortMeasures(la.store, { dimensions: ['school', 'fsm'] });
    expect(result.groups).toEqual(
      [
        { keys: [null, null], ...TOTAL_2024 },
        {
          keys: [null, 'N'], // Amy, Val
          enrolments: 2,
          possible: 18,
          present: 9,
          approvedEducationalActivity: 4,
          authorised: 5,
          unauthorised: 0,
          persistent: 2,
          severe: 0,
          reasons: reasons({ sess_auth_other: 5 }),
          persistentAbsenceSessions: 5,
          bands: [0, 0, 0, 0, 2, 0],
        },
        {
          keys: [null, 'Y'], // Bea, Cal
          enrolments: 2,
          possible: 17,
          present: 13,
          approvedEducationalActivity: 0,
          authorised: 0,
          unauthorised: 4,
          persistent: 1,
          severe: 0,
          reasons: reasons({ sess_unauth_holiday: 4 }),
          persistentAbsenceSessions: 4,
          bands: [1, 0, 0, 0, 1, 0],
        },
        {
          keys: [ELM.urn, null], // Amy, Bea
          enrolments: 2,
          possible: 22,
          present: 10,
          approvedEducationalActivity: 4,
          authorised: 4,
          unauthorised: 4,
          persistent: 2,
          severe: 0,
          reasons: reasons({ sess_auth_other: 4, sess_unauth_holiday: 4 }),
          persistentAbsenceSessions: 8,
          bands: [0, 0, 0, 0, 2, 0],
        },
        { keys: [ELM.urn, 'N'], ...AMY },
        { keys: [ELM.urn, 'Y'], ...BEA },
        {
          keys: [WILLOW.urn, null], // Cal, Val
          enrolments: 2,
          possible: 13,
          present: 12,
          approvedEducationalActivity: 0,
          authorised: 1,
          unauthorised: 0,
          persistent: 1,
          severe: 0,
          reasons: reasons({ sess_auth_other: 1 }),
          persistentAbsenceSessions: 1,
          bands: [1, 0, 0, 0, 1, 0],
        },
        { keys: [WILLOW.urn, 'N'], ...VAL },
        { keys: [WILLOW.urn, 'Y'], ...CAL },
      ].map(expectedGroup),
    );
  });

  it('counts J as approved educational activity on 16 August and J1 as authorised absence on 19 August', async () => {
    const friday = await queryCohortMeasures(la.store, {
      dimensions: ['school'],
      from: '2024-08-16',
      to: '2024-08-16',
    });
    const fridayAmy: Counts = {
      enrolments: 1,
      possible: 1, // J; Y is not possible
      present: 0,
      approvedEducationalActivity: 1,
      authorised: 0,
      unauthorised: 0,
      persistent: 0,
      severe: 0,
      reasons: reasons(),
      persistentAbsenceSessions: 0,
      bands: [1, 0, 0, 0, 0, 0],
    };
    expect(friday.groups).toEqual(
      [
        { keys: [null], ...fridayAmy },
        { keys: [ELM.urn], ...fridayAmy },
      ].map(expectedGroup),
    );
    const monday = await queryCohortMeasures(la.store, {
      dimensions: ['school'],
      from: '2024-08-19',
      to: '2024-08-19',
    });
    const mondayAmy: Counts = {
      enrolments: 1,
      possible: 1, // J1; Y1 is not possible
      present: 0,
      approvedEducationalActivity: 0,
      authorised: 1,
      unauthorised: 0,
      persistent: 1,
      severe: 1,
      reasons: reasons({ sess_auth_other: 1 }),
      persistentAbsenceSessions: 1,
      bands: [0, 0, 0, 0, 0, 1],
    };
    expect(monday.groups).toEqual(
      [
        { keys: [null], ...mondayAmy },
        { keys: [ELM.urn], ...mondayAmy },
      ].map(expectedGroup),
    );
  });

  it('gives 2023/24 by school with the 2006 reasons: H holiday, C other, U late', async () => {
    const result = await queryCohortMeasures(la.store, {
      dimensions: ['school'],
      from: '2023-08-01',
      to: '2024-07-31',
    });
    expect(result).toMatchObject({ academicYear: 2023, start: '2023-08-01', end: '2024-07-31' });
    const elm: Counts = {
      enrolments: 3, // Amy, Bea, Cal
      possible: 28, // 10 + 10 + 8
      present: 15, // 6 + 2 + 7
      approvedEducationalActivity: 2, // Amy 2 B
      authorised: 10, // Amy 2 C, Bea 8 H
      unauthorised: 1, // Cal U
      persistent: 3,
      severe: 1, // Bea
      reasons: reasons({ sess_auth_holiday: 8, sess_auth_other: 2, sess_unauth_late: 1 }),
      persistentAbsenceSessions: 11,
      bands: [0, 0, 0, 0, 2, 1],
    };
    const willow: Counts = {
      enrolments: 1, // Val
      possible: 6,
      present: 5,
      approvedEducationalActivity: 1, // J
      authorised: 0,
      unauthorised: 0,
      persistent: 0,
      severe: 0,
      reasons: reasons(),
      persistentAbsenceSessions: 0,
      bands: [1, 0, 0, 0, 0, 0],
    };
    expect(result.groups).toEqual(
      [
        {
          keys: [null],
          enrolments: 4,
          possible: 34,
          present: 20,
          approvedEducationalActivity: 3,
          authorised: 10,
          unauthorised: 1,
          persistent: 3,
          severe: 1,
          reasons: reasons({ sess_auth_holiday: 8, sess_auth_other: 2, sess_unauth_late: 1 }),
          persistentAbsenceSessions: 11,
          bands: [1, 0, 0, 0, 2, 1],
        },
        { keys: [ELM.urn], ...elm },
        { keys: [WILLOW.urn], ...willow },
      ].map(expectedGroup),
    );
  });

  it('gives each year outside the statutory cohort apart: Dan in 2024/25, Wes in 2023/24', async () => {
    const dan: Counts = {
      enrolments: 1,
      possible: 5, // mornings; X in the afternoons
      present: 4,
      approvedEducationalActivity: 0,
      authorised: 1,
      unauthorised: 0,
      persistent: 1,
      severe: 0,
      reasons: reasons({ sess_auth_illness: 1 }),
      persistentAbsenceSessions: 1,
      bands: [0, 0, 0, 0, 1, 0],
    };
    const outside2024 = await queryCohortMeasures(la.store, {
      dimensions: ['school'],
      cohort: 'outside-statutory',
    });
    expect(outside2024.groups).toEqual(
      [
        { keys: [null], ...dan },
        { keys: [ELM.urn], ...dan },
      ].map(expectedGroup),
    );
    const wes: Counts = {
      enrolments: 1,
      possible: 10,
      present: 3,
      approvedEducationalActivity: 2, // W
      authorised: 5, // 4 S, I
      unauthorised: 0,
      persistent: 1,
      severe: 1, // exactly 50%
      reasons: reasons({ sess_auth_study: 4, sess_auth_illness: 1 }),
      persistentAbsenceSessions: 5,
      bands: [0, 0, 0, 0, 0, 1],
    };
    const outside2023 = await queryCohortMeasures(la.store, {
      dimensions: ['school'],
      cohort: 'outside-statutory',
      from: '2023-08-01',
      to: '2024-07-31',
    });
    expect(outside2023.groups).toEqual(
      [
        { keys: [null], ...wes },
        { keys: [WILLOW.urn], ...wes },
      ].map(expectedGroup),
    );
  });
});
