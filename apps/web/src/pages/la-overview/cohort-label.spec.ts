import { cohortLabel } from './cohort-label.js';

describe(cohortLabel.name, () => {
  it.each([
    ['statutory', 'Statutory school age (5 to 15), the DfE headline measure'],
    ['all-pupils', 'all-pupils'],
    ['constructor', 'constructor'],
    ['', ''],
  ])('describes %j as %j', (code, label) => {
    expect(cohortLabel(code)).toBe(label);
  });
});
