import { publishedPercent, roundsToZero } from './published-percent.js';

describe(publishedPercent.name, () => {
  it('rounds half up at the published precision', () => {
    expect(publishedPercent(1, 3, 1)).toBe(33.3);
    expect(publishedPercent(2, 3, 1)).toBe(66.7);
    expect(publishedPercent(21, 2000, 1)).toBe(1.1); // exactly 1.05%
    expect(publishedPercent(1, 8, 0)).toBe(13); // exactly 12.5%
    expect(publishedPercent(1, 8, 2)).toBe(12.5);
  });

  it('gives 0 and 100 at the ends', () => {
    expect(publishedPercent(0, 380, 1)).toBe(0);
    expect(publishedPercent(380, 380, 1)).toBe(100);
  });
});

describe(roundsToZero.name, () => {
  it('is true for a positive rate under half the last published digit', () => {
    expect(roundsToZero(4, 10_000, 1)).toBe(true); // 0.04%
    expect(roundsToZero(5, 10_000, 1)).toBe(false); // 0.05% shows as 0.1
    expect(roundsToZero(4, 10_000, 2)).toBe(false); // 0.04 at two places
  });

  it('is false for a true zero, which is not "low"', () => {
    expect(roundsToZero(0, 10_000, 1)).toBe(false);
  });
});
