import { dayOfWeek } from '@attendance/domain';
import { halfTermLabel } from './half-term-placing.js';
import { sameDatesLastYear, sameHalfTermLastYear } from './same-point-last-year.js';

// The one definition of "the same point last year" (see same-point-last-year.ts), on dates worked out by hand.

describe(sameDatesLastYear.name, () => {
  it('moves a week back 52 weeks, onto the same weekdays', () => {
    const lastYear = sameDatesLastYear({ from: '2025-11-17', to: '2025-11-23' }, 2025);
    expect(lastYear).toEqual({ from: '2024-11-18', to: '2024-11-24' });
    expect(dayOfWeek(lastYear!.from)).toBe(1);
  });

  it('moves across 29 February by 52 weeks all the same', () => {
    expect(sameDatesLastYear({ from: '2024-03-04', to: '2024-03-04' }, 2023)).toEqual({
      from: '2023-03-06',
      to: '2023-03-06',
    });
  });

  it('leaves out the dates that land in this academic year, and is null when nothing is left', () => {
    expect(sameDatesLastYear({ from: '2026-07-27', to: '2026-07-31' }, 2025)).toEqual({
      from: '2025-07-28',
      to: '2025-07-31',
    });
    expect(sameDatesLastYear({ from: '2026-08-01', to: '2026-08-01' }, 2026)).toEqual({
      from: '2025-08-02',
      to: '2025-08-02',
    });
    expect(sameDatesLastYear({ from: '2026-07-31', to: '2026-07-31' }, 2025)).toBeNull();
  });
});

describe(sameHalfTermLastYear.name, () => {
  // Autumn 2: 3 Nov to 19 Dec 2025 this year; 4 Nov to 20 Dec 2024 last year (its weeks from Mon 4 Nov).
  const thisYear = { number: 2, start: '2025-11-03', end: '2025-12-19' };
  const lastYear = { number: 2, start: '2024-11-04', end: '2024-12-20' };

  it("is the whole of last year's half term when this year's is counted whole", () => {
    expect(sameHalfTermLastYear(thisYear, lastYear, { from: '2025-11-03', to: '2025-12-21' })).toEqual({
      from: '2024-11-04',
      to: '2024-12-22',
    });
  });

  it("covers as many days from the Monday of its first week as this year's when cut short", () => {
    // Up to Wednesday 26 November: 23 days after Monday 3 November; last year Wednesday 27 November.
    expect(sameHalfTermLastYear(thisYear, lastYear, { from: '2025-11-03', to: '2025-11-26' })).toEqual({
      from: '2024-11-04',
      to: '2024-11-27',
    });
    // From Tuesday 11 November: 8 days in.
    expect(sameHalfTermLastYear(thisYear, lastYear, { from: '2025-11-11', to: '2025-12-21' })).toEqual({
      from: '2024-11-12',
      to: '2024-12-22',
    });
  });

  it('stops at the end of a shorter half term, and is null when that leaves nothing', () => {
    const shorter = { number: 2, start: '2024-11-04', end: '2024-12-06' };
    expect(sameHalfTermLastYear(thisYear, shorter, { from: '2025-11-03', to: '2025-12-17' })).toEqual({
      from: '2024-11-04',
      to: '2024-12-08',
    });
    expect(sameHalfTermLastYear(thisYear, shorter, { from: '2025-12-15', to: '2025-12-21' })).toBeNull();
  });
});

describe(halfTermLabel.name, () => {
  it('names half terms as schools do', () => {
    expect([1, 2, 3, 4, 5, 6].map(halfTermLabel)).toEqual([
      'Autumn 1',
      'Autumn 2',
      'Spring 1',
      'Spring 2',
      'Summer 1',
      'Summer 2',
    ]);
    expect(halfTermLabel(7)).toBe('Half term 7');
  });
});
