import { socialCareBenchmarkFor, type SocialCareQuery } from './social-care-benchmark-for.js';

// Values from social_care_groups_nat_reg_la_201819-202425.csv, rows quoted in each test name.

describe('socialCareBenchmarkFor', () => {
  it('England children in need 2024/25, Total (202425,National,CINO at 31 March,Total)', () => {
    const england = socialCareBenchmarkFor({
      method: 'annual-census',
      group: 'CIN',
      level: 'england',
      phase: 'Total',
      academicYear: '2024/25',
    });
    expect(england?.figures).toEqual({
      pupils: 120250,
      overallAbsencePercent: 17.4,
      authorisedAbsencePercent: 9.2,
      unauthorisedAbsencePercent: 8.2,
      persistentAbsencePercent: 46,
      severeAbsencePercent: 11.3,
    });
    expect(england?.labels).toMatchObject({
      method: 'annual-census',
      socialCareGroup: 'CIN',
      totalBasis: 'pooled-sessions',
      source: { file: 'social_care_groups_nat_reg_la_201819-202425.csv' },
    });
    expect(england?.labels.socialCareGroupLabel).toContain('Children in need');
    expect(england?.labels.totalBasisLabel).toContain('alternative provision included');
  });

  it('keeps c and x as symbols (Suffolk CIN Special 2024/25; Hampshire CIN 2023/24)', () => {
    const suffolkSpecial = socialCareBenchmarkFor({
      method: 'annual-census',
      group: 'CIN',
      level: 'la',
      code: 'E10000029',
      phase: 'Special',
      academicYear: '2024/25',
    });
    expect(suffolkSpecial?.figures).toEqual({
      pupils: 212,
      overallAbsencePercent: 15,
      authorisedAbsencePercent: 11.9,
      unauthorisedAbsencePercent: 3.1,
      persistentAbsencePercent: 'c',
      severeAbsencePercent: 'c',
    });
    const hampshire = socialCareBenchmarkFor({
      method: 'annual-census',
      group: 'CIN',
      level: 'la',
      code: '850',
      phase: 'Total',
      academicYear: '2023/24',
    });
    expect(hampshire?.figures.overallAbsencePercent).toBe('x');
    expect(hampshire?.figures.pupils).toBe('x');
  });

  it('looked-after children in Suffolk 2024/25, Total (CLA 12 months at 31 March,Total)', () => {
    const suffolk = socialCareBenchmarkFor({
      method: 'annual-census',
      group: 'CLA',
      level: 'la',
      code: 'E10000029',
      phase: 'Total',
      academicYear: '2024/25',
    });
    expect(suffolk?.figures.persistentAbsencePercent).toBe(23.8);
    expect(suffolk?.labels.socialCareGroupLabel).toContain('Looked after');
  });

  it('answers undefined for a year not shipped (before 2022/23)', () => {
    expect(
      socialCareBenchmarkFor({
        method: 'annual-census',
        group: 'CPP',
        level: 'england',
        phase: 'Total',
        academicYear: '2021/22',
      }),
    ).toBeUndefined();
  });

  it('rejects an unknown group or a daily method', () => {
    const valid = {
      method: 'annual-census',
      group: 'CIN',
      level: 'england',
      phase: 'Total',
      academicYear: '2024/25',
    } as const;
    expect(() => socialCareBenchmarkFor({ ...valid, group: 'SEN' } as unknown as SocialCareQuery)).toThrow(
      /group "SEN", expected one of "CIN", "CPP", "CLA"/,
    );
    expect(() =>
      socialCareBenchmarkFor({ ...valid, method: 'daily-attendance' } as unknown as SocialCareQuery),
    ).toThrow(/method "daily-attendance", expected "annual-census"/);
  });
});
