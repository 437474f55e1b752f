import { comparisonBenchmarks, phaseForDfeSchoolType } from './comparison-benchmarks.js';

describe(comparisonBenchmarks.name, () => {
  it('gives a year beyond the shipped data the latest daily year to date and the latest census, labelled', () => {
    const result = comparisonBenchmarks({
      academicYear: '2026/27',
      phase: 'Primary',
      regionCode: 'E12000007',
    });
    expect(result.daily.map((b) => [b.area.level, b.labels.academicYear, b.labels.period])).toEqual([
      ['region', '2025/26', 'year-to-date'],
      ['england', '2025/26', 'year-to-date'],
    ]);
    expect(result.census.map((b) => [b.area.level, b.labels.academicYear, b.labels.method])).toEqual([
      ['region', '2024/25', 'annual-census'],
      ['england', '2024/25', 'annual-census'],
    ]);
  });

  it('uses the year itself when shipped: its full year once over, the census of that year', () => {
    const result = comparisonBenchmarks({ academicYear: '2024/25', phase: 'Secondary', laCode: '935' });
    expect(result.daily.map((b) => [b.area.level, b.labels.academicYear, b.labels.period])).toEqual([
      ['la', '2024/25', 'full-year'],
      ['england', '2024/25', 'full-year'],
    ]);
    expect(result.census.map((b) => b.labels.academicYear)).toEqual(['2024/25', '2024/25']);
  });

  it('leaves out what the DfE did not publish rather than inventing it', () => {
    // No LA Totals in the 2024/25 daily files.
    const result = comparisonBenchmarks({ academicYear: '2024/25', phase: 'Total', laCode: '935' });
    expect(result.daily.map((b) => b.area.level)).toEqual(['england']);
    expect(comparisonBenchmarks({ academicYear: '2010/11', phase: 'Total' })).toEqual({
      daily: [],
      census: [],
    });
  });
});

describe(phaseForDfeSchoolType.name, () => {
  it("maps the DfE layout's school types to the benchmarks' phases and refuses others", () => {
    expect(phaseForDfeSchoolType('State-funded secondary')).toBe('Secondary');
    expect(() => phaseForDfeSchoolType('Nursery')).toThrow(/school type "Nursery"/);
  });
});
