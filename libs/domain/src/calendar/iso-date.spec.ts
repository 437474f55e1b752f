import {
  addDays,
  dayOfWeek,
  daysBetween,
  eachDate,
  fromDayNumber,
  isoDate,
  isValidIsoDate,
  isWeekend,
  maxDate,
  minDate,
  mondayOf,
  toDayNumber,
} from './iso-date.js';

describe(isValidIsoDate.name, () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2100-02-29', false],
    ['2000-02-29', true],
    ['2026-12-31', true],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-04-31', false],
    ['2026-4-30', false],
    ['20260430', false],
    ['2026-04-30T00:00:00Z', false],
    ['', false],
  ])('%s -> %s', (value, expected) => {
    expect(isValidIsoDate(value)).toBe(expected);
  });
});

describe(addDays.name, () => {
  it.each([
    ['2024-02-28', 1, '2024-02-29'],
    ['2023-02-28', 1, '2023-03-01'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2027-01-01', -1, '2026-12-31'],
    // British Summer Time starts 2026-03-29: local-time arithmetic would lose an hour here.
    ['2026-03-28', 2, '2026-03-30'],
    ['2026-10-24', 2, '2026-10-26'],
    ['2026-09-02', 0, '2026-09-02'],
  ])('%s + %i = %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it('rejects an invalid date rather than rolling it over', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
  });
});

describe(daysBetween.name, () => {
  it.each([
    ['2026-09-01', '2026-09-01', 0],
    ['2026-09-01', '2026-09-08', 7],
    ['2026-09-08', '2026-09-01', -7],
    ['2024-08-01', '2025-08-01', 365],
    ['2023-08-01', '2024-08-01', 366],
  ])('%s to %s = %i', (a, b, expected) => {
    expect(daysBetween(a, b)).toBe(expected);
  });
});

describe(dayOfWeek.name, () => {
  it.each([
    ['2026-08-31', 1],
    ['2026-09-01', 2],
    ['2026-09-02', 3],
    ['2026-09-03', 4],
    ['2026-09-04', 5],
    ['2026-09-05', 6],
    ['2026-09-06', 7],
    ['1969-12-31', 3],
    ['1970-01-01', 4],
  ])('%s is ISO weekday %i', (date, expected) => {
    expect(dayOfWeek(date)).toBe(expected);
  });
});

describe(isWeekend.name, () => {
  it.each([
    ['2026-09-04', false],
    ['2026-09-05', true],
    ['2026-09-06', true],
    ['2026-09-07', false],
  ])('%s -> %s', (date, expected) => {
    expect(isWeekend(date)).toBe(expected);
  });
});

describe(mondayOf.name, () => {
  it.each([
    ['2026-09-07', '2026-09-07'],
    ['2026-09-09', '2026-09-07'],
    ['2026-09-13', '2026-09-07'],
    ['2027-01-01', '2026-12-28'],
  ])('%s -> %s', (date, expected) => {
    expect(mondayOf(date)).toBe(expected);
  });
});

describe(eachDate.name, () => {
  it('includes both ends and crosses month and year ends', () => {
    expect(eachDate('2026-12-30', '2027-01-02')).toEqual([
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
      '2027-01-02',
    ]);
  });

  it('is a single day or empty at the edges', () => {
    expect(eachDate('2026-09-01', '2026-09-01')).toEqual(['2026-09-01']);
    expect(eachDate('2026-09-02', '2026-09-01')).toEqual([]);
  });
});

describe('day numbers and helpers', () => {
  it('round-trips', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(fromDayNumber(toDayNumber('2026-09-02'))).toBe('2026-09-02');
    expect(isoDate(2027, 3, 0)).toBe('2027-02-28');
  });

  it('picks the earlier and later date', () => {
    expect(minDate('2026-09-02', '2026-09-01')).toBe('2026-09-01');
    expect(maxDate('2026-09-02', '2026-09-01')).toBe('2026-09-02');
  });
});
