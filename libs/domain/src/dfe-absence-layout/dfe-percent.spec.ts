import { DFE_PERCENT_DECIMAL_PLACES, dfePercent, percentRoundedHalfUp } from './dfe-percent.js';

describe('dfePercent', () => {
  it('writes one decimal place, as the DfE states its rates', () => {
    expect(DFE_PERCENT_DECIMAL_PLACES).toBe(1);
    expect(dfePercent(1, 3)).toBe('33.3');
    expect(dfePercent(2, 3)).toBe('66.7');
    expect(dfePercent(960, 12000)).toBe('8.0');
    expect(dfePercent(0, 5)).toBe('0.0');
    expect(dfePercent(5, 5)).toBe('100.0');
  });

  it('rounds a half up, where the float rate and toFixed would round it down', () => {
    // 100 x 3 / 2000 is exactly 0.15; the nearest float is just below it.
    expect((100 * 3) / 2000).toBe(0.15);
    expect(((100 * 3) / 2000).toFixed(1)).toBe('0.1');
    expect(dfePercent(3, 2000)).toBe('0.2');
    expect(dfePercent(1, 16)).toBe('6.3'); // 6.25
    expect(dfePercent(1, 8)).toBe('12.5');
  });

  it('keeps exact integers at the size of a national total', () => {
    // England-scale counts from ytd_202425_final.csv (Suffolk primary): 5.1938405...%.
    expect(dfePercent(884546, 17030673)).toBe('5.2');
    expect(percentRoundedHalfUp(884546, 17030673, 5)).toBe('5.19384');
    expect(dfePercent(Number.MAX_SAFE_INTEGER - 1, Number.MAX_SAFE_INTEGER)).toBe('100.0');
  });

  it('rounds to any number of places from the same integers', () => {
    expect(percentRoundedHalfUp(1, 8, 0)).toBe('13');
    expect(percentRoundedHalfUp(1, 3, 2)).toBe('33.33');
    expect(percentRoundedHalfUp(1, 200000, 3)).toBe('0.001'); // 0.0005 rounds up
  });

  it('refuses counts that are not whole numbers, a zero denominator and impossible places', () => {
    expect(() => dfePercent(-1, 10)).toThrow('Percent numerator -1 is not a whole number of 0 or more');
    expect(() => dfePercent(1.5, 10)).toThrow('numerator 1.5');
    expect(() => dfePercent(1, 0)).toThrow('Percent denominator 0 is not a whole number above 0');
    expect(() => percentRoundedHalfUp(1, 2, -1)).toThrow('Decimal places -1');
    expect(() => percentRoundedHalfUp(1, 2, 16)).toThrow('Decimal places 16');
  });
});
