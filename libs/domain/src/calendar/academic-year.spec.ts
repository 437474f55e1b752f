import { academicYearBounds, academicYearLabel, academicYearOf } from './academic-year.js';

describe(academicYearOf.name, () => {
  it.each([
    ['2026-07-31', 2025],
    ['2026-08-01', 2026],
    ['2026-09-02', 2026],
    ['2026-12-31', 2026],
    ['2027-01-01', 2026],
    ['2027-07-31', 2026],
    ['2024-07-31', 2023],
    ['2024-08-01', 2024],
  ])('%s is in %i', (date, expected) => {
    expect(academicYearOf(date)).toBe(expected);
  });

  it('rejects an invalid date', () => {
    expect(() => academicYearOf('2026-8-1')).toThrow(RangeError);
  });
});

describe(academicYearLabel.name, () => {
  it.each([
    [2026, '2026/27'],
    [1999, '1999/00'],
    [2009, '2009/10'],
  ])('%i -> %s', (year, label) => {
    expect(academicYearLabel(year)).toBe(label);
  });
});

describe(academicYearBounds.name, () => {
  it('runs 1 August to 31 July', () => {
    expect(academicYearBounds(2026)).toEqual({ start: '2026-08-01', end: '2027-07-31' });
  });
});
