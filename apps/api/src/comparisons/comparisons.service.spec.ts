import { describe, expect, it } from 'vitest';
import { parseAppConfig } from '../config/app-config.js';
import { ComparisonsService } from './comparisons.service.js';

function serviceFor(environment: NodeJS.ProcessEnv): ComparisonsService {
  return new ComparisonsService(parseAppConfig(environment));
}

describe(ComparisonsService.name, () => {
  it("sets the social care groups' published figures beside the others, region from LA_CODE", () => {
    const comparisons = serviceFor({ LA_CODE: '935' }).compare({
      academicYear: '2026/27',
      phase: 'Primary',
      own: [],
    });
    expect(comparisons.socialCare.map((comparison) => `${comparison.group} ${comparison.areaName}`)).toEqual([
      'CIN Suffolk',
      'CIN East of England',
      'CIN England',
      'CPP Suffolk',
      'CPP East of England',
      'CPP England',
      'CLA Suffolk',
      'CLA East of England',
      'CLA England',
    ]);
    expect(comparisons.socialCare.every((comparison) => comparison.phase === 'Primary')).toBe(true);
    // 202425,National,...,CINO at 31 March,State-funded primary,50670,...,10.9,...,17400,34.3,...
    expect(comparisons.socialCare[2]).toMatchObject({
      academicYear: '2024/25',
      pupils: { value: 50670, symbol: null },
      overallAbsenceRate: { value: 10.9, symbol: null },
      persistentAbsenceRate: { value: 34.3, symbol: null },
    });
    expect(comparisons.notes.join(' ')).toMatch(/nearest earlier ones are shown.*2024\/25/);
  });

  it('gives England only without LA_CODE or REGION_CODE, and explains every DfE symbol', () => {
    const comparisons = serviceFor({}).compare({ academicYear: '2025/26', phase: 'Total', own: [] });
    expect(comparisons.socialCare.map((comparison) => comparison.level)).toEqual([
      'ENGLAND',
      'ENGLAND',
      'ENGLAND',
    ]);
    expect(comparisons.symbols.map((entry) => entry.symbol)).toEqual(
      expect.arrayContaining(['c', 'x', 'z', 'k', 'low']),
    );
    expect(comparisons.symbols.find((entry) => entry.symbol === 'c')?.meaning).toMatch(/suppressed/i);
  });

  it('says so when no social care figures are published at or before the year', () => {
    const comparisons = serviceFor({}).compare({ academicYear: '2021/22', phase: 'Total', own: [] });
    expect(comparisons.socialCare).toEqual([]);
    expect(comparisons.notes.join(' ')).toMatch(/children in need.*at or before 2021\/22/);
  });
});
