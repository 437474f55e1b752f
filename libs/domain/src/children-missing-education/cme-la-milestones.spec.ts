import { CME_LA_MILESTONE_DAYS, highestLaMilestone } from './cme-la-milestones.js';

describe(highestLaMilestone.name, () => {
  it.each([
    [0, null],
    [2, null],
    [3, 3],
    [5, 3],
    [6, 6],
    [10, 10],
    [19, 10],
    [20, 20],
    [64, 20],
  ])('%i days -> %s', (days, expected) => {
    expect(highestLaMilestone(days)).toBe(expected);
  });

  it('starts at the Education Welfare Service notification on day 3', () => {
    expect(CME_LA_MILESTONE_DAYS).toEqual([3, 6, 10, 20]);
  });
});
