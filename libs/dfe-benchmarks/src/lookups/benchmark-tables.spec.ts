import type { GeneratedSource } from '../generated-source.types.js';
import { indexTables } from './benchmark-tables.js';

const source = (columns: readonly string[]): GeneratedSource => ({
  dataset: 'daily-persistent-absence-by-week',
  file: 'pa.csv',
  sha256: '',
  origin: '',
  publication: '',
  url: '',
  generatorSha256: '',
  tables: [
    {
      academicYear: '2024/25',
      period: 'year-to-date',
      toWeek: { year: 2025, week: 26 },
      totalBasis: null,
      socialCareGroup: null,
      columns,
      rows: [['E92000001', [13.46], null, null, [18.34]]],
    },
  ],
});

describe('indexTables', () => {
  it('indexes rows by area code', () => {
    const index = indexTables([source(['persistentAbsencePercent'])]);
    expect([...index.values()][0]?.rowsByArea.get('E92000001')?.[4]).toEqual([18.34]);
  });

  it('refuses a module whose columns this library does not read, naming the file', () => {
    expect(() => indexTables([source(['paPercent'])])).toThrow(
      /pa\.csv \(2024\/25 year-to-date\): columns paPercent, expected persistentAbsencePercent; re-run/,
    );
  });

  it('refuses two tables for the same year, period and week', () => {
    const one = source(['persistentAbsencePercent']);
    expect(() => indexTables([one, one])).toThrow(/a second table for the same year and period/);
  });
});
