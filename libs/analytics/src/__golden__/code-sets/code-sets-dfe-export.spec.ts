import type { DfeAbsenceRow, DfeArea } from '@attendance/domain';
import { loadGoldenLa, type LoadedGoldenLa } from '../__fixtures__/golden-la.js';
import { dfeAbsenceExportRows } from '../../dfe-export/dfe-absence-export.js';
import { CODE_SETS_LA, ELM, WILLOW } from './__fixtures__/code-sets-la.js';

// The DfE-layout rows of the "code sets" LA for each year, counted by hand (README.md); percentages to one
// decimal place, half up.

const AREA: DfeArea = {
  countryCode: 'E92000001',
  countryName: 'England',
  regionCode: 'E12000009',
  regionName: 'South West',
  oldLaCode: '997',
  newLaCode: 'E99999997',
  laName: 'Golden Code Sets',
};

function findRow(rows: readonly DfeAbsenceRow[], urn: string, topic: string, breakdown: string) {
  const found = rows.filter(
    (row) => row.school_urn === urn && row.breakdown_topic === topic && row.breakdown === breakdown,
  );
  expect(found, `${urn || 'LA'} ${topic}: ${breakdown}`).toHaveLength(1);
  return found[0];
}

describe('golden LA "code sets": DfE absence export', () => {
  let la: LoadedGoldenLa;

  beforeAll(async () => {
    la = await loadGoldenLa(CODE_SETS_LA);
  });

  afterAll(async () => {
    await la.close();
  });

  it('writes 2024/25 to date: 20 LA rows, 14 for Elm, 15 for Willow', async () => {
    const rows = await dfeAbsenceExportRows(la.store, { area: AREA });
    // LA: Total; F M; years 3 5 7 9; FSM Y N; SEN E K N; EAL Y N; White Asian; CIN Y N; CPP N; CLA N.
    // Elm (Amy, Bea): Total; F; 3 5; FSM Y N; SEN K N; EAL N; White; CIN Y N; CPP N; CLA N.
    // Willow (Cal, Val): Total; M; 7 9; FSM Y N; SEN E N; EAL Y N; White Asian; CIN N; CPP N; CLA N.
    const count = (urn: string) => rows.filter((row) => row.school_urn === urn).length;
    expect([count(''), count(ELM.urn), count(WILLOW.urn), rows.length]).toEqual([20, 14, 15, 49]);
    expect(findRow(rows, '', 'Total', 'Total')).toMatchObject({
      time_period: '202425',
      school_type: 'Total',
      enrolments: '4',
      sess_possible: '35',
      sess_overall: '9',
      sess_authorised: '5',
      sess_unauthorised: '4',
      sess_overall_percent: '25.7', // 9 / 35 = 25.714
      sess_authorised_percent: '14.3', // 5 / 35 = 14.286
      sess_unauthorised_percent: '11.4', // 4 / 35 = 11.429
      enrolments_pa_10_exact: '3',
      enrolments_pa_10_exact_percent: '75.0',
      enrolments_pa_50_exact: '0',
      enrolments_pa_50_exact_percent: '0.0',
      sess_auth_other: '5', // J1 twice, C1, 2 C2
      sess_auth_other_rate: '14.3',
      sess_auth_holiday: '0', // H is gone
      sess_unauth_holiday: '4', // G
      sess_unauth_holiday_rate: '11.4',
    });
    expect(findRow(rows, ELM.urn, 'Total', 'Total')).toMatchObject({
      school_type: 'State-funded primary',
      enrolments: '2',
      sess_possible: '22',
      sess_overall_percent: '36.4', // 8 / 22 = 36.364
    });
    expect(findRow(rows, WILLOW.urn, 'Total', 'Total')).toMatchObject({
      school_type: 'State-funded secondary',
      enrolments: '2',
      sess_possible: '13',
      sess_overall_percent: '7.7', // 1 / 13 = 7.692
      enrolments_pa_10_exact_percent: '50.0',
    });
    expect(findRow(rows, '', 'Ethnicity major', 'White')).toMatchObject({
      enrolments: '3', // Amy, Cal (WBRI), Bea (WROM)
      sess_possible: '29', // 12 + 7 + 10
      sess_overall_percent: '27.6', // 8 / 29 = 27.586
    });
  });

  it('writes 2023/24 with the 2006 holiday code H in its own column', async () => {
    const rows = await dfeAbsenceExportRows(la.store, { area: AREA, from: '2023-08-01', to: '2024-07-31' });
    expect(findRow(rows, '', 'Total', 'Total')).toMatchObject({
      time_period: '202324',
      enrolments: '4',
      sess_possible: '34',
      sess_overall: '11',
      sess_overall_percent: '32.4', // 11 / 34 = 32.353
      sess_authorised_percent: '29.4', // 10 / 34 = 29.412
      sess_unauthorised_percent: '2.9', // 1 / 34 = 2.941
      sess_auth_holiday: '8', // Bea's H
      sess_auth_holiday_rate: '23.5', // 8 / 34 = 23.529
      sess_auth_other: '2', // Amy's C
      sess_auth_other_rate: '5.9', // 2 / 34 = 5.882
      sess_unauth_late: '1', // Cal's U
      enrolments_pa_10_exact_percent: '75.0', // 3 / 4
      enrolments_pa_50_exact_percent: '25.0', // 1 / 4
    });
    expect(findRow(rows, ELM.urn, 'Total', 'Total')).toMatchObject({
      enrolments: '3',
      sess_possible: '28',
      sess_overall_percent: '39.3', // 11 / 28 = 39.286
      enrolments_pa_50_exact_percent: '33.3', // 1 / 3
    });
  });
});
