import {
  DisclosureInputError,
  MINIMUM_GROUP_SIZE,
  MINIMUM_GROUP_SIZE_FOR_ZERO_OR_ALL,
  MINIMUM_SENSITIVE_GROUP_SIZE,
  PUBLISHED_RATE_DECIMAL_PLACES,
  resolveDisclosureOptions,
} from './disclosure-options.js';

describe(resolveDisclosureOptions.name, () => {
  it('defaults to the product rule: 6 pupils, 10 for sensitive splits and for 0%/100%, one decimal place', () => {
    expect([MINIMUM_GROUP_SIZE, MINIMUM_SENSITIVE_GROUP_SIZE, MINIMUM_GROUP_SIZE_FOR_ZERO_OR_ALL]).toEqual([
      6, 10, 10,
    ]);
    expect(PUBLISHED_RATE_DECIMAL_PLACES).toBe(1);
    expect(resolveDisclosureOptions()).toEqual({
      minimumGroupSize: 6,
      minimumSensitiveGroupSize: 10,
      minimumGroupSizeForZeroOrAll: 10,
      rateDecimalPlaces: 1,
      staleSchools: new Set(),
    });
  });

  it('takes overrides and any list of stale schools', () => {
    expect(
      resolveDisclosureOptions({ minimumGroupSize: 11, staleSchools: ['100001', '100002'] }),
    ).toMatchObject({
      minimumGroupSize: 11,
      minimumSensitiveGroupSize: 10,
      staleSchools: new Set(['100001', '100002']),
    });
  });

  it('names every bad option and its value', () => {
    const attempt = () => resolveDisclosureOptions({ minimumGroupSize: 0, rateDecimalPlaces: 1.5 });
    expect(attempt).toThrow(DisclosureInputError);
    expect(attempt).toThrow(/options\.minimumGroupSize must be a whole number from 1 to \d+, got 0/);
    expect(attempt).toThrow(/options\.rateDecimalPlaces must be a whole number from 0 to 3, got 1\.5/);
  });
});
