import { describe, expect, it } from 'vitest';
import type { GovernorPublishedTableFragment } from '../../graphql/generated/graphql.js';
import { cohortComparisonRows, cohortKeyLabel, symbolsUsed } from './governor-cohorts.js';

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

describe(cohortKeyLabel.name, () => {
  it('names year groups, flags and missing values for governors', () => {
    expect(cohortKeyLabel('yearGroup', '7')).toBe('Year 7');
    expect(cohortKeyLabel('yearGroup', 'R')).toBe('Reception');
    expect(cohortKeyLabel('fsm', 'Y')).toBe('Eligible');
    expect(cohortKeyLabel('cin', null)).toBe('Not recorded');
    expect(cohortKeyLabel('ethnicity', 'Asian')).toBe('Asian');
  });
});
