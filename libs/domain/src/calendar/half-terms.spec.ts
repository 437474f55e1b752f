import { numberHalfTerms } from './half-terms.js';
import { eachDate, isWeekend } from './iso-date.js';

const weekdays = (from: string, to: string): string[] => eachDate(from, to).filter((day) => !isWeekend(day));

describe(numberHalfTerms.name, () => {
  it('is empty without school days', () => {
    expect(numberHalfTerms([])).toEqual([]);
  });

  it('does not split at a long weekend (bank holiday plus an inset day)', () => {
    const days = weekdays('2027-04-26', '2027-05-14').filter(
      (day) => day !== '2027-05-03' && day !== '2027-05-04',
    );
    expect(numberHalfTerms(days)).toEqual([{ number: 1, start: '2027-04-26', end: '2027-05-14' }]);
  });

  it('splits at a one-week break', () => {
    const days = [...weekdays('2026-09-02', '2026-10-23'), ...weekdays('2026-11-02', '2026-12-18')];
    expect(numberHalfTerms(days)).toEqual([
      { number: 1, start: '2026-09-02', end: '2026-10-23' },
      { number: 2, start: '2026-11-02', end: '2026-12-18' },
    ]);
  });

  it('joins the shortest gap when a closure makes a seventh run', () => {
    const days = [
      ...weekdays('2026-09-02', '2026-09-25'),
      // a week-long closure from 28 September: 10-day gap, shorter than the real breaks
      ...weekdays('2026-10-05', '2026-10-23'),
      ...weekdays('2026-11-02', '2026-12-18'),
      ...weekdays('2027-01-04', '2027-02-12'),
      ...weekdays('2027-02-22', '2027-03-19'),
      ...weekdays('2027-04-05', '2027-05-28'),
      ...weekdays('2027-06-07', '2027-07-21'),
    ];
    expect(numberHalfTerms(days).map(({ number, start }) => [number, start])).toEqual([
      [1, '2026-09-02'],
      [2, '2026-11-02'],
      [3, '2027-01-04'],
      [4, '2027-02-22'],
      [5, '2027-04-05'],
      [6, '2027-06-07'],
    ]);
  });
});
