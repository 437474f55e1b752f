import { summariseEnrolments } from '../measures/enrolment-summary.js';
import { countSessions, emptyReasonCounts } from '../measures/session-counts.js';
import { DFE_ABSENCE_COLUMN_NAMES } from './dfe-absence-columns.js';
import { DfeAbsenceLayoutError } from './dfe-absence-layout-error.js';
import {
  type DfeAbsenceGroup,
  type DfeAbsenceGroupCounts,
  type DfeAbsenceRowLabels,
  dfeAbsenceRow,
} from './dfe-absence-row.js';
import type { DfeSymbol } from './dfe-symbols.js';

const laLabels: DfeAbsenceRowLabels = {
  academicYearStart: 2024,
  timeIdentifier: 'Academic year',
  area: {
    countryCode: 'E92000001',
    countryName: 'England',
    regionCode: 'E12000006',
    regionName: 'East of England',
    oldLaCode: '935',
    newLaCode: 'E10000029',
    laName: 'Suffolk',
  },
  school: null,
  schoolType: 'Total',
  characteristic: { topic: 'Total', breakdown: 'Total' },
};

// A hand-made group: 40 enrolments, 12,000 possible sessions, 700 authorised and 260 unauthorised absences.
const counts: DfeAbsenceGroupCounts = {
  enrolments: 40,
  persistentlyAbsent: 9,
  severelyAbsent: 1,
  totals: {
    possible: 12000,
    authorised: 700,
    unauthorised: 260,
    byReason: {
      sess_auth_illness: 420,
      sess_auth_appointments: 90,
      sess_auth_religious: 18,
      sess_auth_study: 0,
      sess_auth_traveller: 0,
      sess_auth_holiday: 0,
      sess_auth_ext_holiday: 0,
      sess_auth_excluded: 4,
      sess_auth_other: 168, // 420 + 90 + 18 + 4 + 168 = 700
      sess_unauth_holiday: 100,
      sess_unauth_late: 30,
      sess_unauth_other: 40,
      sess_unauth_noyet: 90, // 100 + 30 + 40 + 90 = 260
    },
  },
};

const emptyCounts: DfeAbsenceGroupCounts = {
  enrolments: 0,
  persistentlyAbsent: 0,
  severelyAbsent: 0,
  totals: { possible: 0, authorised: 0, unauthorised: 0, byReason: emptyReasonCounts() },
};

/** The group with one count changed, for the validation cases. */
function withCounts(
  change: Partial<Omit<DfeAbsenceGroupCounts, 'totals'>>,
  totals: Partial<DfeAbsenceGroupCounts['totals']> = {},
): DfeAbsenceGroup {
  return { labels: laLabels, counts: { ...counts, ...change, totals: { ...counts.totals, ...totals } } };
}

function errorOf(run: () => unknown): DfeAbsenceLayoutError {
  try {
    run();
  } catch (error) {
    if (error instanceof DfeAbsenceLayoutError) return error;
    throw error;
  }
  throw new Error('expected a DfeAbsenceLayoutError');
}

describe('dfeAbsenceRow', () => {
  it('writes one LA row with every rate worked out by hand', () => {
    expect(dfeAbsenceRow({ labels: laLabels, counts })).toEqual({
      time_period: '202425',
      time_identifier: 'Academic year',
      geographic_level: 'Local authority',
      country_code: 'E92000001',
      country_name: 'England',
      region_code: 'E12000006',
      region_name: 'East of England',
      old_la_code: '935',
      new_la_code: 'E10000029',
      la_name: 'Suffolk',
      school_urn: '',
      school_name: '',
      school_type: 'Total',
      breakdown_topic: 'Total',
      breakdown: 'Total',
      enrolments: '40',
      sess_possible: '12000',
      sess_overall: '960', // 700 + 260
      sess_authorised: '700',
      sess_unauthorised: '260',
      sess_overall_percent: '8.0', // 960 / 12000 = 8%
      sess_authorised_percent: '5.8', // 700 / 12000 = 5.833%
      sess_unauthorised_percent: '2.2', // 260 / 12000 = 2.1667%
      enrolments_pa_10_exact: '9',
      enrolments_pa_10_exact_percent: '22.5', // 9 / 40
      enrolments_pa_50_exact: '1',
      enrolments_pa_50_exact_percent: '2.5', // 1 / 40
      sess_auth_illness: '420',
      sess_auth_appointments: '90',
      sess_auth_religious: '18',
      sess_auth_study: '0',
      sess_auth_traveller: '0',
      sess_auth_holiday: '0',
      sess_auth_ext_holiday: '0',
      sess_auth_excluded: '4',
      sess_auth_other: '168',
      sess_unauth_holiday: '100',
      sess_unauth_late: '30',
      sess_unauth_other: '40',
      sess_unauth_noyet: '90',
      sess_auth_illness_rate: '3.5', // 420 / 12000 = 3.5%
      sess_auth_appointments_rate: '0.8', // 90 / 12000 = 0.75%, half up
      sess_auth_religious_rate: '0.2', // 18 / 12000 = 0.15% exactly, half up (toFixed would write 0.1)
      sess_auth_study_rate: '0.0',
      sess_auth_traveller_rate: '0.0',
      sess_auth_holiday_rate: '0.0',
      sess_auth_ext_holiday_rate: '0.0',
      sess_auth_excluded_rate: '0.0', // 4 / 12000 = 0.0333%
      sess_auth_other_rate: '1.4', // 168 / 12000 = 1.4%
      sess_unauth_holiday_rate: '0.8', // 100 / 12000 = 0.8333%
      sess_unauth_late_rate: '0.3', // 30 / 12000 = 0.25%, half up
      sess_unauth_other_rate: '0.3', // 40 / 12000 = 0.3333%
      sess_unauth_noyet_rate: '0.8', // 90 / 12000 = 0.75%, half up
    });
  });

  it('fills every column of the layout, in order', () => {
    expect(Object.keys(dfeAbsenceRow({ labels: laLabels, counts }))).toEqual(DFE_ABSENCE_COLUMN_NAMES);
  });

  it('writes a School row with the school and its characteristic', () => {
    const row = dfeAbsenceRow({
      labels: {
        ...laLabels,
        school: { urn: '124001', name: 'St Mary\'s, "The Priory" Primary' },
        schoolType: 'State-funded primary',
        characteristic: { topic: 'SEN provision', breakdown: 'EHC plan' },
      },
      counts,
    });
    expect(row).toMatchObject({
      geographic_level: 'School',
      la_name: 'Suffolk',
      school_urn: '124001',
      school_name: 'St Mary\'s, "The Priory" Primary',
      school_type: 'State-funded primary',
      breakdown_topic: 'SEN provision',
      breakdown: 'EHC plan',
    });
  });

  it("takes the domain's EnrolmentSummary as it is", () => {
    // Two enrolments of 10 sessions: one misses 2 through illness (20%, persistent), one attends all.
    const days = ['2024-09-09', '2024-09-10', '2024-09-11', '2024-09-12', '2024-09-13'];
    const marks = (codes: string[]) =>
      codes.map((mark, index) => ({ date: days[index >> 1] as string, mark }));
    const summary = summariseEnrolments([
      countSessions(marks(['I', 'I', '/', '\\', '/', '\\', '/', '\\', '/', '\\'])),
      countSessions(marks(['/', '\\', '/', '\\', '/', '\\', '/', '\\', '/', '\\'])),
    ]);
    expect(dfeAbsenceRow({ labels: laLabels, counts: summary })).toMatchObject({
      enrolments: '2',
      sess_possible: '20',
      sess_overall: '2',
      sess_overall_percent: '10.0',
      sess_auth_illness_rate: '10.0',
      enrolments_pa_10_exact: '1',
      enrolments_pa_10_exact_percent: '50.0',
      enrolments_pa_50_exact_percent: '0.0',
    });
  });

  it('writes z for every rate of a group with no possible sessions, and 0 for its counts', () => {
    const row = dfeAbsenceRow({ labels: laLabels, counts: emptyCounts });
    for (const name of DFE_ABSENCE_COLUMN_NAMES) {
      if (name.endsWith('_percent') || name.endsWith('_rate')) expect(row[name], name).toBe('z');
    }
    expect(row).toMatchObject({
      enrolments: '0',
      sess_possible: '0',
      sess_overall: '0',
      sess_auth_illness: '0',
    });
  });

  describe('symbols', () => {
    it("writes a figure's symbol in place of its value, and its rate's too", () => {
      const row = dfeAbsenceRow({
        labels: laLabels,
        counts,
        symbols: { sess_overall: 'c', enrolments_pa_50_exact: 'low', sess_auth_illness: 'x' },
      });
      expect(row).toMatchObject({
        sess_overall: 'c',
        sess_overall_percent: 'c',
        enrolments_pa_50_exact: 'low',
        enrolments_pa_50_exact_percent: 'low',
        sess_auth_illness: 'x',
        sess_auth_illness_rate: 'x',
        // Figures without a symbol are written as they are.
        sess_authorised: '700',
        sess_authorised_percent: '5.8',
        enrolments_pa_10_exact_percent: '22.5',
      });
    });

    it("gives a rate its denominator's symbol, so a suppressed denominator cannot be worked back", () => {
      const row = dfeAbsenceRow({ labels: laLabels, counts, symbols: { sess_possible: 'u' } });
      expect(row).toMatchObject({
        sess_possible: 'u',
        sess_overall: '960',
        sess_overall_percent: 'u',
        sess_unauth_noyet_rate: 'u',
        enrolments_pa_10_exact_percent: '22.5',
      });
      expect(dfeAbsenceRow({ labels: laLabels, counts, symbols: { enrolments: 'c' } })).toMatchObject({
        enrolments_pa_10_exact: '9',
        enrolments_pa_10_exact_percent: 'c',
        enrolments_pa_50_exact_percent: 'c',
        sess_overall_percent: '8.0',
      });
    });

    it("prefers a rate's own symbol, then its numerator's, then its denominator's, then z", () => {
      expect(
        dfeAbsenceRow({
          labels: laLabels,
          counts,
          symbols: { sess_overall: 'c', sess_possible: 'u', sess_overall_percent: 'x' },
        }),
      ).toMatchObject({ sess_overall_percent: 'x', sess_authorised_percent: 'u' });
      expect(
        dfeAbsenceRow({ labels: laLabels, counts, symbols: { sess_overall: 'c', sess_possible: 'u' } }),
      ).toMatchObject({ sess_overall_percent: 'c' });
      expect(
        dfeAbsenceRow({ labels: laLabels, counts, symbols: { sess_authorised_percent: 'c' } }),
      ).toMatchObject({
        sess_authorised: '700',
        sess_authorised_percent: 'c',
        sess_overall_percent: '8.0',
      });
      expect(
        dfeAbsenceRow({ labels: laLabels, counts: emptyCounts, symbols: { sess_possible: 'c' } }),
      ).toMatchObject({ sess_overall_percent: 'c', enrolments_pa_10_exact_percent: 'z' });
    });

    it('ignores a figure whose symbol is left undefined', () => {
      expect(dfeAbsenceRow({ labels: laLabels, counts, symbols: { sess_overall: undefined } })).toEqual(
        dfeAbsenceRow({ labels: laLabels, counts }),
      );
    });

    it('refuses a symbol the DfE does not use and a key that is not a figure column', () => {
      const wrongSymbol = errorOf(() =>
        dfeAbsenceRow({ labels: laLabels, counts, symbols: { sess_overall: 'C' as DfeSymbol } }),
      );
      expect(wrongSymbol.message).toBe(
        'DfE absence row for local authority 935 Suffolk (Total, Total: Total): symbols.sess_overall is "C"; ' +
          'expected one of c, low, x, z, u',
      );
      const notAFigure = errorOf(() =>
        dfeAbsenceRow({ labels: laLabels, counts, symbols: { la_name: 'c' } as never }),
      );
      expect(notAFigure).toMatchObject({ field: 'symbols', value: 'la_name' });
    });
  });

  describe('validation', () => {
    it.each([
      [withCounts({ enrolments: -1 }), 'counts.enrolments', -1, 'a whole number of 0 or more'],
      [
        withCounts({ persistentlyAbsent: 1.5 }),
        'counts.persistentlyAbsent',
        1.5,
        'a whole number of 0 or more',
      ],
      [
        withCounts({}, { byReason: { ...counts.totals.byReason, sess_auth_study: Number.NaN } }),
        'counts.totals.byReason.sess_auth_study',
        Number.NaN,
        'a whole number of 0 or more',
      ],
      [
        withCounts({}, { authorised: 701 }),
        'counts.totals.authorised',
        701,
        'the sum of the sess_auth_* reasons (700)',
      ],
      [
        withCounts({}, { byReason: { ...counts.totals.byReason, sess_unauth_late: 31 } }),
        'counts.totals.unauthorised',
        260,
        'the sum of the sess_unauth_* reasons (261)',
      ],
      [
        withCounts({}, { possible: 959 }),
        'counts.totals.possible',
        959,
        'at least authorised + unauthorised (960)',
      ],
      [
        withCounts({ enrolments: 12001, persistentlyAbsent: 0, severelyAbsent: 0 }),
        'counts.enrolments',
        12001,
        'at most the possible sessions (12000), and 0 exactly when they are 0',
      ],
      [
        { labels: laLabels, counts: { ...emptyCounts, enrolments: 1 } },
        'counts.enrolments',
        1,
        'at most the possible sessions (0), and 0 exactly when they are 0',
      ],
      [withCounts({ persistentlyAbsent: 41 }), 'counts.persistentlyAbsent', 41, 'at most enrolments (40)'],
      [
        withCounts({ severelyAbsent: 10 }),
        'counts.severelyAbsent',
        10,
        'at most persistentlyAbsent (9): severe absentees are persistent absentees too',
      ],
    ])('refuses impossible counts (case %#)', (group, field, value, expected) => {
      expect(errorOf(() => dfeAbsenceRow(group))).toMatchObject({ field, value, expected });
    });

    const withLabels = (change: Partial<DfeAbsenceRowLabels>): DfeAbsenceGroup => ({
      labels: { ...laLabels, ...change },
      counts,
    });

    it.each([
      [withLabels({ academicYearStart: 24 }), 'labels.academicYearStart', 24],
      [withLabels({ timeIdentifier: 'Full year' as never }), 'labels.timeIdentifier', 'Full year'],
      [
        withLabels({ area: { ...laLabels.area, countryCode: 'England' } }),
        'labels.area.countryCode',
        'England',
      ],
      [withLabels({ area: { ...laLabels.area, countryName: ' ' } }), 'labels.area.countryName', ' '],
      [
        withLabels({ area: { ...laLabels.area, regionCode: 'E92000001' } }),
        'labels.area.regionCode',
        'E92000001',
      ],
      [withLabels({ area: { ...laLabels.area, regionName: '' } }), 'labels.area.regionName', ''],
      [withLabels({ area: { ...laLabels.area, oldLaCode: '93' } }), 'labels.area.oldLaCode', '93'],
      [withLabels({ area: { ...laLabels.area, newLaCode: '935' } }), 'labels.area.newLaCode', '935'],
      [withLabels({ area: { ...laLabels.area, laName: '' } }), 'labels.area.laName', ''],
      [withLabels({ school: { urn: '12400', name: 'A school' } }), 'labels.school.urn', '12400'],
      [withLabels({ school: { urn: '124001', name: '' } }), 'labels.school.name', ''],
      [withLabels({ schoolType: 'Primary' as never }), 'labels.schoolType', 'Primary'],
    ])('refuses a label that is not valid (case %#)', (group, field, value) => {
      expect(errorOf(() => dfeAbsenceRow(group))).toMatchObject({ field, value });
    });

    it('names the group, the field, its value and what was expected', () => {
      const error = errorOf(() =>
        dfeAbsenceRow({
          labels: { ...laLabels, characteristic: { topic: 'Sex', breakdown: 'Total' } as never },
          counts,
        }),
      );
      expect(error.message).toBe(
        'DfE absence row for local authority 935 Suffolk (Total, Sex: Total): labels.characteristic is ' +
          '{"topic":"Sex","breakdown":"Total"}; expected a breakdown_topic and one of its breakdowns from DFE_CHARACTERISTICS',
      );
      const school = errorOf(() =>
        dfeAbsenceRow({
          labels: { ...laLabels, school: { urn: '124001', name: 'A' } },
          counts: { ...counts, enrolments: -2 },
        }),
      );
      expect(school.message).toBe(
        'DfE absence row for school 124001 (Total, Total: Total): counts.enrolments is -2; expected a whole number of 0 or more',
      );
    });
  });
});
