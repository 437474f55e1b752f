import { describe, expect, it } from 'vitest';
import { publishedSocialCareComparisons, socialCareYearFor } from './published-social-care-comparisons.js';

// Expected values are rows of ../shared/benchmarks/social_care_groups_nat_reg_la_201819-202425.csv, quoted.

describe(socialCareYearFor.name, () => {
  it('takes the nearest published year at or before the one asked for', () => {
    expect(socialCareYearFor('2026/27')).toBe('2024/25');
    expect(socialCareYearFor('2024/25')).toBe('2024/25');
    expect(socialCareYearFor('2023/24')).toBe('2023/24');
    // The library ships 2022/23 onwards.
    expect(socialCareYearFor('2021/22')).toBeUndefined();
  });
});

describe(publishedSocialCareComparisons.name, () => {
  it('gives England for each group, labelled with year, full year and the census method', () => {
    const comparisons = publishedSocialCareComparisons({ academicYear: '2026/27', phase: 'Total' });
    expect(comparisons.map((comparison) => [comparison.group, comparison.level])).toEqual([
      ['CIN', 'ENGLAND'],
      ['CPP', 'ENGLAND'],
      ['CLA', 'ENGLAND'],
    ]);
    // 202425,National,...,CINO at 31 March,Total,120250,...,17.4,...,9.2,...,8.2,55270,46,13580,11.3
    expect(comparisons[0]).toMatchObject({
      areaName: 'England',
      areaCode: 'E92000001',
      phase: 'Total',
      method: 'annual-census',
      methodLabel: 'Annual school census',
      academicYear: '2024/25',
      periodLabel: 'Full academic year',
      pupils: { value: 120250, symbol: null },
      overallAbsenceRate: { value: 17.4, symbol: null },
      authorisedAbsenceRate: { value: 9.2, symbol: null },
      unauthorisedAbsenceRate: { value: 8.2, symbol: null },
      persistentAbsenceRate: { value: 46, symbol: null },
      severeAbsenceRate: { value: 11.3, symbol: null },
    });
    expect(comparisons[0]?.groupLabel).toMatch(/^Children in need at 31 March/);
    expect(comparisons[0]?.summary).toMatch(/annual school census, 2024\/25, full academic year/);
    expect(comparisons[0]?.sourceUrl).toMatch(/^https:\/\//);
    // 202425,National,...,CLA 12 months at 31 March,Total,33930,...,9,...
    expect(comparisons[2]?.overallAbsenceRate).toEqual({ value: 9, symbol: null });
  });

  it("gives the school's phase, and the LA and its region when known, keeping the DfE's symbols", () => {
    const comparisons = publishedSocialCareComparisons({
      academicYear: '2026/27',
      phase: 'Special',
      laCode: '935',
      regionCode: 'E12000006',
    });
    expect(comparisons.map((comparison) => `${comparison.group} ${comparison.level}`)).toEqual([
      'CIN LA',
      'CIN REGION',
      'CIN ENGLAND',
      'CPP LA',
      'CPP REGION',
      'CPP ENGLAND',
      'CLA LA',
      'CLA REGION',
      'CLA ENGLAND',
    ]);
    const [suffolk, eastOfEngland] = comparisons;
    // 202425,Local authority,...,935,Suffolk,E10000029,...,CINO at 31 March,Special,212,...,15,...,c,c,c,c
    expect(suffolk).toMatchObject({
      areaName: 'Suffolk',
      phase: 'Special',
      pupils: { value: 212, symbol: null },
      overallAbsenceRate: { value: 15, symbol: null },
      persistentAbsenceRate: { value: null, symbol: 'c' },
    });
    // 202425,Regional,...,East of England,...,CINO at 31 March,Special,2310,...,13.9,...,860,37.1,...
    expect(eastOfEngland).toMatchObject({
      areaName: 'East of England',
      overallAbsenceRate: { value: 13.9, symbol: null },
      persistentAbsenceRate: { value: 37.1, symbol: null },
    });
    // Suffolk CLA Special 2024/25 is suppressed throughout.
    expect(comparisons[6]?.pupils).toEqual({ value: null, symbol: 'c' });
  });

  it('answers the year asked for when it is published, and nothing before the first shipped year', () => {
    const comparisons = publishedSocialCareComparisons({ academicYear: '2023/24', phase: 'Primary' });
    expect(new Set(comparisons.map((comparison) => comparison.academicYear))).toEqual(new Set(['2023/24']));
    expect(publishedSocialCareComparisons({ academicYear: '2021/22', phase: 'Primary' })).toEqual([]);
  });
});
