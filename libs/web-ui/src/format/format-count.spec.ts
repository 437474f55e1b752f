import { formatCount } from './format-count.js';

describe(formatCount.name, () => {
  it.each([
    { count: 0, expected: '0' },
    { count: 999, expected: '999' },
    { count: 1000, expected: '1,000' },
    { count: 1234567, expected: '1,234,567' },
  ])('formats $count as $expected', ({ count, expected }) => {
    expect(formatCount(count)).toBe(expected);
  });
});
