import { easterSunday, englishBankHolidays, lastMondayOfMonth } from './bank-holidays.js';

describe(easterSunday.name, () => {
  it.each([
    [2008, '2008-03-23'],
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'], // latest possible date
    [2285, '2285-03-22'], // earliest possible date
  ])('%i -> %s', (year, expected) => {
    expect(easterSunday(year)).toBe(expected);
  });
});

describe(lastMondayOfMonth.name, () => {
  it.each([
    [2026, 5, '2026-05-25'],
    [2026, 8, '2026-08-31'],
    [2027, 5, '2027-05-31'],
  ])('%i-%i -> %s', (year, month, expected) => {
    expect(lastMondayOfMonth(year, month)).toBe(expected);
  });
});

describe(englishBankHolidays.name, () => {
  // Expected lists from GOV.UK "UK bank holidays" (England and Wales).
  it.each([
    [
      2020,
      [
        '2020-01-01',
        '2020-04-10',
        '2020-04-13',
        '2020-05-08',
        '2020-05-25',
        '2020-08-31',
        '2020-12-25',
        '2020-12-28',
      ],
    ],
    [
      2021,
      [
        '2021-01-01',
        '2021-04-02',
        '2021-04-05',
        '2021-05-03',
        '2021-05-31',
        '2021-08-30',
        '2021-12-27',
        '2021-12-28',
      ],
    ],
    [
      2022,
      [
        '2022-01-03',
        '2022-04-15',
        '2022-04-18',
        '2022-05-02',
        '2022-06-02',
        '2022-06-03',
        '2022-08-29',
        '2022-09-19',
        '2022-12-26',
        '2022-12-27',
      ],
    ],
    [
      2023,
      [
        '2023-01-02',
        '2023-04-07',
        '2023-04-10',
        '2023-05-01',
        '2023-05-08',
        '2023-05-29',
        '2023-08-28',
        '2023-12-25',
        '2023-12-26',
      ],
    ],
    [
      2024,
      [
        '2024-01-01',
        '2024-03-29',
        '2024-04-01',
        '2024-05-06',
        '2024-05-27',
        '2024-08-26',
        '2024-12-25',
        '2024-12-26',
      ],
    ],
    [
      2025,
      [
        '2025-01-01',
        '2025-04-18',
        '2025-04-21',
        '2025-05-05',
        '2025-05-26',
        '2025-08-25',
        '2025-12-25',
        '2025-12-26',
      ],
    ],
    [
      2026,
      [
        '2026-01-01',
        '2026-04-03',
        '2026-04-06',
        '2026-05-04',
        '2026-05-25',
        '2026-08-31',
        '2026-12-25',
        '2026-12-28',
      ],
    ],
    [
      2027,
      [
        '2027-01-01',
        '2027-03-26',
        '2027-03-29',
        '2027-05-03',
        '2027-05-31',
        '2027-08-30',
        '2027-12-27',
        '2027-12-28',
      ],
    ],
  ])('%i', (year, expected) => {
    expect(englishBankHolidays(year)).toEqual(expected);
  });

  it('substitutes New Year on a Saturday with the Monday after', () => {
    expect(englishBankHolidays(2028)[0]).toBe('2028-01-03');
  });

  it('includes the other one-off holidays in their years only', () => {
    expect(englishBankHolidays(2011)).toContain('2011-04-29');
    expect(englishBankHolidays(2012)).toEqual(expect.arrayContaining(['2012-06-04', '2012-06-05']));
    expect(englishBankHolidays(2012)).not.toContain('2012-05-28');
    expect(englishBankHolidays(1999)).toContain('1999-12-31');
    expect(englishBankHolidays(2024)).not.toContain('2022-09-19');
  });
});
