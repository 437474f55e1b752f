import { academicYearsOf, listBenchmarks, periodsOf } from './list-benchmarks.js';

describe('listBenchmarks', () => {
  it('lists the daily attendance tables with their labels', () => {
    const daily = listBenchmarks({ dataset: 'daily-attendance' });
    expect(daily.map((entry) => [entry.academicYear, entry.period, entry.file])).toEqual([
      ['2024/25', 'full-year', 'ytd_202425_final.csv'],
      ['2024/25', 'autumn-term', 'autumn_term_202425.csv'],
      ['2024/25', 'spring-term', 'spring_term_202425.csv'],
      ['2024/25', 'summer-term', 'summer_term_202425.csv'],
      ['2025/26', 'year-to-date', 'ytd_202526_to_week26.csv'],
    ]);
    expect(daily.at(-1)).toMatchObject({
      method: 'daily-attendance',
      periodLabel: 'Year to date (to week 26 of 2026)',
      totalBasis: 'pooled-sessions',
    });
  });

  it('filters by method: census tables are absence and social care, never daily', () => {
    const census = listBenchmarks({ method: 'annual-census' });
    expect(new Set(census.map((entry) => entry.dataset))).toEqual(
      new Set(['census-absence', 'census-social-care']),
    );
    expect(census.every((entry) => entry.period === 'full-year')).toBe(true);
    expect(listBenchmarks().length).toBe(
      census.length + listBenchmarks({ method: 'daily-attendance' }).length,
    );
  });

  it('gives the years and periods to offer', () => {
    expect(academicYearsOf('census-absence')).toEqual([
      '2015/16',
      '2016/17',
      '2017/18',
      '2018/19',
      '2020/21',
      '2021/22',
      '2022/23',
      '2023/24',
      '2024/25',
    ]);
    expect(academicYearsOf('census-social-care')).toEqual(['2022/23', '2023/24', '2024/25']);
    expect(periodsOf('daily-attendance', '2024/25')).toEqual([
      'full-year',
      'autumn-term',
      'spring-term',
      'summer-term',
    ]);
    expect(periodsOf('daily-attendance', '2025/26')).toEqual(['year-to-date']);
    expect(periodsOf('daily-attendance', '2019/20')).toEqual([]);
  });
});
