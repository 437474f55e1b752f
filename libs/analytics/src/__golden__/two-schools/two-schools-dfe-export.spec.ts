import type { DfeAbsenceRow, DfeArea } from '@attendance/domain';
import { loadGoldenLa, type LoadedGoldenLa } from '../__fixtures__/golden-la.js';
import { dfeAbsenceExportRows } from '../../dfe-export/dfe-absence-export.js';
import { MEADOW, RIVERSIDE, TWO_SCHOOLS_LA } from './__fixtures__/two-schools-la.js';

// The DfE-layout rows of the "two schools" LA for 2025/26 to date, counted by hand (README.md); percentages to
// one decimal place, half up.

const AREA: DfeArea = {
  countryCode: 'E92000001',
  countryName: 'England',
  regionCode: 'E12000009',
  regionName: 'South West',
  oldLaCode: '998',
  newLaCode: 'E99999998',
  laName: 'Golden Two Schools',
};

describe('golden LA "two schools": DfE absence export', () => {
  let la: LoadedGoldenLa;
  let rows: DfeAbsenceRow[];

  beforeAll(async () => {
    la = await loadGoldenLa(TWO_SCHOOLS_LA);
    rows = await dfeAbsenceExportRows(la.store, { area: AREA });
  });

  afterAll(async () => {
    await la.close();
  });

  const row = (urn: string, topic: string, breakdown: string) => {
    const found = rows.filter(
      (candidate) =>
        candidate.school_urn === urn &&
        candidate.breakdown_topic === topic &&
        candidate.breakdown === breakdown,
    );
    expect(found, `${urn || 'LA'} ${topic}: ${breakdown}`).toHaveLength(1);
    return found[0];
  };

  it('writes a row for each group present: 28 for the LA, 25 for Riverside, 18 for Meadow', () => {
    // LA: Total; sex F M; years 5 6 7 8 9 10 11; FSM Y N; SEN E K N; EAL Y N; White Mixed Asian Black Chinese;
    // CIN Y N; CPP Y N; CLA Y N. Riverside: no year 5/6, no ethnicity missing, CLA N only. Meadow: Ben, Ivy, Jay.
    const count = (urn: string) => rows.filter((candidate) => candidate.school_urn === urn).length;
    expect([count(''), count(RIVERSIDE.urn), count(MEADOW.urn), rows.length]).toEqual([28, 25, 18, 71]);
  });

  it('writes the LA total', () => {
    expect(row('', 'Total', 'Total')).toMatchObject({
      time_period: '202526',
      time_identifier: 'Academic year',
      geographic_level: 'Local authority',
      old_la_code: '998',
      la_name: 'Golden Two Schools',
      school_type: 'Total',
      enrolments: '11',
      sess_possible: '174',
      sess_overall: '29', // 19 authorised + 10 unauthorised
      sess_authorised: '19',
      sess_unauthorised: '10',
      sess_overall_percent: '16.7', // 29 / 174 = 16.667
      sess_authorised_percent: '10.9', // 19 / 174 = 10.920
      sess_unauthorised_percent: '5.7', // 10 / 174 = 5.747
      enrolments_pa_10_exact: '6',
      enrolments_pa_10_exact_percent: '54.5', // 6 / 11 = 54.545
      enrolments_pa_50_exact: '1',
      enrolments_pa_50_exact_percent: '9.1', // 1 / 11 = 9.091
      sess_auth_illness: '6',
      sess_auth_illness_rate: '3.4', // 6 / 174 = 3.448
      sess_auth_other: '7', // 5 C2, C, J1
      sess_auth_other_rate: '4.0', // 7 / 174 = 4.023
      sess_auth_holiday: '0',
      sess_auth_holiday_rate: '0.0',
      sess_unauth_holiday: '4',
      sess_unauth_holiday_rate: '2.3', // 4 / 174 = 2.299
    });
  });

  it('writes each school with its DfE school type', () => {
    expect(row(RIVERSIDE.urn, 'Total', 'Total')).toMatchObject({
      geographic_level: 'School',
      school_name: 'Riverside Academy',
      school_type: 'State-funded secondary',
      enrolments: '8',
      sess_possible: '139',
      sess_overall: '22',
      sess_overall_percent: '15.8', // 22 / 139 = 15.827
      enrolments_pa_10_exact_percent: '37.5', // 3 / 8
      enrolments_pa_50_exact_percent: '12.5', // 1 / 8
    });
    expect(row(MEADOW.urn, 'Total', 'Total')).toMatchObject({
      school_type: 'Special',
      enrolments: '3',
      sess_possible: '35',
      sess_overall_percent: '20.0', // 7 / 35
      enrolments_pa_10_exact_percent: '100.0', // 3 / 3
      enrolments_pa_50_exact_percent: '0.0',
    });
  });

  it('rounds half up: Jay, Meadow Year 6, one T in 16 possible is 6.25%', () => {
    expect(row(MEADOW.urn, 'Year group', 'Year 6')).toMatchObject({
      enrolments: '1',
      sess_possible: '16',
      sess_authorised: '3',
      sess_authorised_percent: '18.8', // 3 / 16 = 18.75
      sess_auth_traveller: '1',
      sess_auth_traveller_rate: '6.3', // 1 / 16 = 6.25 (half to even would give 6.2)
      sess_auth_other: '2', // C, J1
      sess_auth_other_rate: '12.5', // 2 / 16
      enrolments_pa_10_exact_percent: '100.0',
    });
  });

  it('splits the LA by characteristic', () => {
    expect(row('', 'SEN provision', 'EHC plan')).toMatchObject({
      enrolments: '3', // Fay, Ivy, Jay
      sess_possible: '44',
      sess_overall: '7',
      sess_overall_percent: '15.9', // 7 / 44 = 15.909
      enrolments_pa_10_exact_percent: '66.7', // 2 / 3
    });
    expect(row('', 'SEN provision', 'SEN support')).toMatchObject({
      enrolments: '4', // Ben twice, Dev, Gus
      sess_possible: '60',
      sess_overall: '9',
      sess_overall_percent: '15.0', // 9 / 60
      enrolments_pa_10_exact_percent: '50.0', // 2 / 4
    });
    expect(row('', 'SEN provision', 'No identified SEN')).toMatchObject({
      enrolments: '4',
      sess_possible: '70',
      sess_overall: '13',
      sess_overall_percent: '18.6', // 13 / 70 = 18.571
      enrolments_pa_50_exact_percent: '25.0', // Cara: 1 / 4
    });
    expect(row('', 'Child in need', 'Child in need')).toMatchObject({
      enrolments: '3', // Ben twice, Gus
      sess_possible: '40', // 11 + 9 + 20
      sess_overall: '9', // 1 + 1 + 7
      sess_overall_percent: '22.5',
    });
    expect(row('', 'Child in need', 'Not child in need')).toMatchObject({
      enrolments: '8',
      sess_possible: '134',
      sess_overall: '20',
      sess_overall_percent: '14.9', // 20 / 134 = 14.925
    });
    expect(row('', 'Looked after', 'Looked after')).toMatchObject({
      enrolments: '1', // Ivy
      sess_possible: '10',
      sess_overall_percent: '30.0',
      enrolments_pa_10_exact_percent: '100.0',
    });
    expect(row('', 'Ethnicity major', 'White')).toMatchObject({
      enrolments: '6', // Ada, Cara, Gus, Hal (WBRI), Ivy (WIRT), Jay (WBRI)
      sess_possible: '106', // 20 + 20 + 20 + 20 + 10 + 16
      sess_overall: '26', // 2 + 10 + 7 + 1 + 3 + 3
      sess_overall_percent: '24.5', // 26 / 106 = 24.528
      enrolments_pa_10_exact_percent: '83.3', // 5 / 6
      enrolments_pa_50_exact_percent: '16.7', // 1 / 6
    });
    expect(row('', 'Year group', 'Year 9')).toMatchObject({
      enrolments: '3',
      sess_possible: '40',
      sess_unauth_late: '1', // Ben's U at Riverside
      sess_unauth_late_rate: '2.5', // 1 / 40
    });
  });
});
