import { resolveOverviewPeriod } from './overview-period.js';

describe(resolveOverviewPeriod.name, () => {
  const TODAY = '2026-03-10';

  it.each([
    [
      'year to the latest mark by default',
      {},
      '2025-06-20',
      { academicYear: 2024, start: '2024-08-01', end: '2025-06-20' },
    ],
    [
      'a latest mark on 31 July',
      {},
      '2025-07-31',
      { academicYear: 2024, start: '2024-08-01', end: '2025-07-31' },
    ],
    [
      'a latest mark on 1 August starts a new year',
      {},
      '2025-08-01',
      { academicYear: 2025, start: '2025-08-01', end: '2025-08-01' },
    ],
    ['today when the store is empty', {}, null, { academicYear: 2025, start: '2025-08-01', end: TODAY }],
    [
      'both ends given',
      { from: '2024-09-09', to: '2024-09-13' },
      '2025-06-20',
      { academicYear: 2024, start: '2024-09-09', end: '2024-09-13' },
    ],
    [
      'only the end given',
      { to: '2024-10-01' },
      '2025-06-20',
      { academicYear: 2024, start: '2024-08-01', end: '2024-10-01' },
    ],
    [
      'only the start given, up to the latest mark',
      { from: '2024-09-09' },
      '2025-06-20',
      { academicYear: 2024, start: '2024-09-09', end: '2025-06-20' },
    ],
    [
      'only the start of an earlier year given, to its end',
      { from: '2023-09-04' },
      '2025-06-20',
      { academicYear: 2023, start: '2023-09-04', end: '2024-07-31' },
    ],
    [
      'only a start after the latest mark, to the year end',
      { from: '2025-07-01' },
      '2025-06-20',
      { academicYear: 2024, start: '2025-07-01', end: '2025-07-31' },
    ],
  ])('%s', (_case, params, latestMarkDate, expected) => {
    expect(resolveOverviewPeriod(params, latestMarkDate, TODAY)).toEqual(expected);
  });

  it.each([
    [{ from: '2024-9-9' }, /from is not a valid ISO date/],
    [{ to: '2025-02-29' }, /to is not a valid ISO date/],
    [{ from: '2024-09-13', to: '2024-09-12' }, /starts \(2024-09-13\) after it ends \(2024-09-12\)/],
    [{ from: '2024-07-31', to: '2024-08-01' }, /spans two academic years/],
  ])('rejects %o', (params, message) => {
    expect(() => resolveOverviewPeriod(params, '2025-06-20', TODAY)).toThrow(message);
  });
});
