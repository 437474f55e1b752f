import { describe, expect, it } from 'vitest';
import type { GovernorPublishedTableFragment } from '../../graphql/generated/graphql.js';
import {
  cohortComparisonRows,
  cohortKeyLabel,
  socialCareColumnLabel,
  socialCareComparisonsFor,
  symbolsUsed,
  type PublishedSocialCare,
} from './governor-cohorts.js';

type Row = GovernorPublishedTableFragment['rows'][number];

function row(key: string | null, overall: number | null, pa: number | null, enrolments: number | null): Row {
  const figure = (value: number | null) => ({ value, symbol: value === null ? 'c' : null });
  return {
    all: [key === null],
    keys: [key],
    enrolments: figure(enrolments),
    figures: [
      { name: 'sess_overall_percent', figure: figure(overall) },
      { name: 'enrolments_pa_10_exact_percent', figure: figure(pa) },
    ],
  };
}

function table(rows: Row[]): GovernorPublishedTableFragment {
  return {
    academicYear: '2026/27',
    periodStart: '2026-09-01',
    periodEnd: '2026-11-20',
    dataAsOf: '2026-11-20',
    staleSchools: [],
    symbols: [{ symbol: 'c', meaning: 'Suppressed to protect confidentiality.' }],
    rows,
  };
}

describe(cohortComparisonRows.name, () => {
  it("puts each school group beside the LA's same group, suppressed cells kept as their symbol", () => {
    const school = table([row('E', null, null, null), row('N', 4.1, 9.5, 120), row(null, 4.5, 10.2, 124)]);
    const la = table([row('N', 4.8, 12.3, 5000), row('E', 9.9, 30.1, 180), row(null, 5.1, 13.4, 5400)]);
    const rows = cohortComparisonRows('senProvision', school, la);
    expect(rows.map((entry) => entry.label)).toEqual([
      'Education, health and care plan',
      'No special educational needs',
    ]);
    expect(rows[0]?.figures).toEqual([
      { value: null, symbol: 'c' },
      { value: null, symbol: 'c' },
      { value: 9.9, symbol: null },
      { value: null, symbol: 'c' },
      { value: 30.1, symbol: null },
    ]);
    expect(rows[1]?.figures.map((figure) => figure.value)).toEqual([120, 4.1, 4.8, 9.5, 12.3]);
    expect([...symbolsUsed(rows)]).toEqual(['c']);
  });

  it('shows x for a group the LA table lacks', () => {
    const rows = cohortComparisonRows('sex', table([row('F', 5, 10, 60)]), table([]));
    expect(rows[0]?.label).toBe('Female');
    expect(rows[0]?.figures[2]).toEqual({ value: null, symbol: 'x' });
  });
});

/** The DfE's published figures for a group and area, as `Comparisons.socialCare` gives them. */
function socialCare(
  group: string,
  level: string,
  areaName: string,
  overall: number | null,
  persistent: number | null,
): PublishedSocialCare {
  const figure = (value: number | null) => ({ value, symbol: value === null ? 'c' : null });
  return {
    group,
    groupLabel: `${group} as the DfE defines it`,
    level,
    areaName,
    phase: 'Primary',
    academicYear: '2024/25',
    periodLabel: 'Full academic year',
    methodLabel: 'Annual school census',
    summary: `DfE annual school census, 2024/25, full academic year. ${group}.`,
    pupils: figure(50670),
    overallAbsenceRate: figure(overall),
    persistentAbsenceRate: figure(persistent),
  };
}

describe('published social care figures beside the school and LA', () => {
  const all = [
    socialCare('CIN', 'LA', 'Suffolk', 11.2, 35.1),
    socialCare('CIN', 'REGION', 'East of England', 10.4, null),
    socialCare('CIN', 'ENGLAND', 'England', 10.9, 34.3),
    socialCare('CPP', 'ENGLAND', 'England', 13, 43),
  ];

  it("chooses the cohort's group, region then England, never the LA's (the table has the LA's own)", () => {
    expect(socialCareComparisonsFor('CIN', all).map((entry) => entry.areaName)).toEqual([
      'East of England',
      'England',
    ]);
    expect(socialCareComparisonsFor('CPP', all).map((entry) => entry.areaName)).toEqual(['England']);
    expect(socialCareComparisonsFor('CLA', all)).toEqual([]);
    expect(socialCareComparisonsFor(undefined, all)).toEqual([]);
  });

  it('labels a published column with its area, year, period and method', () => {
    expect(socialCareColumnLabel(socialCare('CIN', 'ENGLAND', 'England', 10.9, 34.3))).toBe(
      'England, 2024/25 full academic year, annual school census',
    );
  });

  it('puts each area\'s figure on the "Y" row only, its symbol kept; x elsewhere', () => {
    const school = table([row('N', 4.1, 9.5, 120), row('Y', null, null, null), row(null, 4.5, 10.2, 124)]);
    const la = table([row('N', 4.8, 12.3, 5000), row('Y', 15.2, 40.4, 210), row(null, 5.1, 13.4, 5210)]);
    const rows = cohortComparisonRows('cin', school, la, socialCareComparisonsFor('CIN', all));
    expect(rows.map((entry) => entry.label)).toEqual(['Not a child in need', 'Child in need']);
    const [notInNeed, inNeed] = rows;
    // Pupils, then overall absence (school, LA, region, England), then persistent absence (the same four).
    expect(inNeed?.figures).toEqual([
      { value: null, symbol: 'c' },
      { value: null, symbol: 'c' },
      { value: 15.2, symbol: null },
      { value: 10.4, symbol: null },
      { value: 10.9, symbol: null },
      { value: null, symbol: 'c' },
      { value: 40.4, symbol: null },
      { value: null, symbol: 'c' },
      { value: 34.3, symbol: null },
    ]);
    const unavailable = { value: null, symbol: 'x' };
    expect(notInNeed?.figures).toEqual([
      { value: 120, symbol: null },
      { value: 4.1, symbol: null },
      { value: 4.8, symbol: null },
      unavailable,
      unavailable,
      { value: 9.5, symbol: null },
      { value: 12.3, symbol: null },
      unavailable,
      unavailable,
    ]);
    expect([...symbolsUsed(rows)].sort()).toEqual(['c', 'x']);
  });
});

describe(cohortKeyLabel.name, () => {
  it('names year groups, flags and missing values for governors', () => {
    expect(cohortKeyLabel('yearGroup', '7')).toBe('Year 7');
    expect(cohortKeyLabel('yearGroup', 'R')).toBe('Reception');
    expect(cohortKeyLabel('fsm', 'Y')).toBe('Eligible');
    expect(cohortKeyLabel('cin', null)).toBe('Not recorded');
    expect(cohortKeyLabel('ethnicity', 'Asian')).toBe('Asian');
  });
});
