import { describeChange, describeGap } from './headline-comparisons.js';

describe(describeChange.name, () => {
  it.each([
    [0.44, 'up 0.4 percentage points'],
    [-1.25, 'down 1.2 percentage points'],
    [0.04, 'no change (less than 0.05 percentage points)'],
    [-0.04, 'no change (less than 0.05 percentage points)'],
  ])('describes %d points as %j', (points, text) => {
    expect(describeChange(points)).toBe(text);
  });
});

describe(describeGap.name, () => {
  it.each([
    [0.5, '0.5 percentage points higher'],
    [-2.06, '2.1 percentage points lower'],
    [0.01, 'the same (within 0.05 percentage points)'],
  ])('describes a gap of %d points as %j', (points, text) => {
    expect(describeGap(points)).toBe(text);
  });
});
