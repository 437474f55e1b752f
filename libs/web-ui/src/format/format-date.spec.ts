import { formatDate, formatDayMonth, formatShortDate } from './format-date.js';

describe(formatDate.name, () => {
  it.each([
    { isoDate: '2025-09-08', expected: '8 September 2025' },
    { isoDate: '2026-01-01', expected: '1 January 2026' },
    { isoDate: '2025-12-31T23:30:00+00:00', expected: '31 December 2025' },
    { isoDate: 'yesterday', expected: 'yesterday' },
  ])('formats $isoDate as $expected', ({ isoDate, expected }) => {
    expect(formatDate(isoDate)).toBe(expected);
  });
});

// Node's ICU data abbreviates September as "Sep" or "Sept" depending on its version.
describe(formatShortDate.name, () => {
  it.each([
    { isoDate: '2025-09-08', expected: /^8 Sept? 2025$/ },
    { isoDate: '2026-03-30', expected: /^30 Mar 2026$/ },
    { isoDate: 'unknown', expected: /^unknown$/ },
  ])('formats $isoDate as $expected', ({ isoDate, expected }) => {
    expect(formatShortDate(isoDate)).toMatch(expected);
  });
});

describe(formatDayMonth.name, () => {
  it.each([
    { isoDate: '2025-09-08', expected: /^8 Sept?$/ },
    { isoDate: '2026-03-30', expected: /^30 Mar$/ },
    { isoDate: 'week 1', expected: /^week 1$/ },
  ])('formats $isoDate as $expected', ({ isoDate, expected }) => {
    expect(formatDayMonth(isoDate)).toMatch(expected);
  });
});
