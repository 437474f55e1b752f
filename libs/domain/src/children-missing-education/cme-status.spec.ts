import { CME_MILESTONE_DAYS, CME_STATUS_CATEGORIES, milestonesReached } from './cme-status.js';

describe(milestonesReached.name, () => {
  it.each([
    [0, []],
    [1, [1]],
    [2, [1, 2]],
    [5, [1, 2, 3]],
    [6, [1, 2, 3, 6]],
    [9, [1, 2, 3, 6]],
    [10, [1, 2, 3, 6, 10]],
    [19, [1, 2, 3, 6, 10]],
    [20, [1, 2, 3, 6, 10, 20]],
    [45, [1, 2, 3, 6, 10, 20]],
  ])('%i days -> %j', (days, expected) => {
    expect(milestonesReached(days)).toEqual(expected);
  });

  it('follows the school procedure milestones', () => {
    expect(CME_MILESTONE_DAYS).toEqual([1, 2, 3, 6, 10, 20]);
  });
});

describe('CME_STATUS_CATEGORIES', () => {
  it('has two at-risk and three missing categories with unique ids', () => {
    const groups = CME_STATUS_CATEGORIES.map((category) => category.group);
    expect(groups.filter((group) => group === 'at-risk')).toHaveLength(2);
    expect(groups.filter((group) => group === 'missing')).toHaveLength(3);
    expect(new Set(CME_STATUS_CATEGORIES.map((category) => category.id)).size).toBe(5);
  });
});
