import { addDaysIso, monthsSpanned, monthWeekRows } from './month-grid.js';

describe('month grids', () => {
  it('gives the weekday rows of a month, null outside it, skipping a row with none of its days', () => {
    // November 2025 starts on a Saturday and ends on a Sunday.
    expect(monthWeekRows('2025-11')).toEqual([
      ['2025-11-03', '2025-11-04', '2025-11-05', '2025-11-06', '2025-11-07'],
      ['2025-11-10', '2025-11-11', '2025-11-12', '2025-11-13', '2025-11-14'],
      ['2025-11-17', '2025-11-18', '2025-11-19', '2025-11-20', '2025-11-21'],
      ['2025-11-24', '2025-11-25', '2025-11-26', '2025-11-27', '2025-11-28'],
    ]);
    // October 2025 starts on a Wednesday and ends on a Friday.
    const october = monthWeekRows('2025-10');
    expect(october[0]).toEqual([null, null, '2025-10-01', '2025-10-02', '2025-10-03']);
    expect(october.at(-1)).toEqual(['2025-10-27', '2025-10-28', '2025-10-29', '2025-10-30', '2025-10-31']);
  });

  it('spans months across a year end and adds days across a month end', () => {
    expect(monthsSpanned('2025-11-28', '2026-02-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(addDaysIso('2026-02-27', 7)).toBe('2026-03-06');
  });
});
