import { formatRate, NO_DATA_TEXT } from './format-rate.js';

describe(formatRate.name, () => {
  it.each([
    { rate: 93.44, expected: '93.4%' },
    { rate: 93.45001, expected: '93.5%' },
    { rate: 0, expected: '0.0%' },
    { rate: 100, expected: '100.0%' },
    { rate: 7.06, expected: '7.1%' },
    { rate: null, expected: NO_DATA_TEXT },
    { rate: undefined, expected: NO_DATA_TEXT },
    { rate: Number.NaN, expected: NO_DATA_TEXT },
  ])('formats $rate as $expected', ({ rate, expected }) => {
    expect(formatRate(rate)).toBe(expected);
  });

  it('never shows a missing rate as zero', () => {
    expect(formatRate(null)).toBe('no data');
  });
});
