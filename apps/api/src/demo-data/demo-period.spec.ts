import { describe, expect, it } from 'vitest';
import { demoPeriodFor } from './demo-period.js';

describe(demoPeriodFor.name, () => {
  it.each([
    { today: '2026-11-23', expected: { academicYear: 2026, asOf: '2026-11-22' } },
    { today: '2027-03-01', expected: { academicYear: 2026, asOf: '2027-02-28' } },
    // Summer holidays and the first days of September: no current-year data yet, so last year in full.
    { today: '2026-08-15', expected: { academicYear: 2025, asOf: '2026-07-31' } },
    { today: '2026-09-03', expected: { academicYear: 2025, asOf: '2026-07-31' } },
    // Academic year boundary (1 August) falls on yesterday's side.
    { today: '2026-08-01', expected: { academicYear: 2025, asOf: '2026-07-31' } },
  ])('on $today covers $expected.academicYear up to $expected.asOf', ({ today, expected }) => {
    expect(demoPeriodFor(today)).toEqual(expected);
  });
});
