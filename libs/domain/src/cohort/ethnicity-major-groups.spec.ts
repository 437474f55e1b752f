import { describe, expect, it } from 'vitest';
import {
  ETHNICITY_CODES_BY_MAJOR_GROUP,
  ETHNICITY_MAJOR_GROUPS,
  ethnicityMajorGroup,
} from './ethnicity-major-groups.js';

describe('ethnicityMajorGroup', () => {
  it.each([
    ['WBRI', 'White'],
    ['WROM', 'White'],
    ['MWBC', 'Mixed'],
    ['APKN', 'Asian'],
    ['BAFR', 'Black'],
    ['CHNE', 'Chinese'],
    ['OOTH', 'Any other ethnic group'],
    ['REFU', 'Unclassified'],
    ['NOBT', 'Unclassified'],
  ])('places the main code %s in %s', (code, group) => {
    expect(ethnicityMajorGroup(code)).toBe(group);
  });

  it('places an extended code by its first letter and reads codes case-insensitively', () => {
    expect(ethnicityMajorGroup('WENG')).toBe('White');
    expect(ethnicityMajorGroup('apkn')).toBe('Asian');
    expect(ethnicityMajorGroup('BNGN')).toBe('Black');
  });

  it('treats a missing, malformed or unknown code as Unclassified', () => {
    expect(ethnicityMajorGroup(null)).toBe('Unclassified');
    expect(ethnicityMajorGroup('')).toBe('Unclassified');
    expect(ethnicityMajorGroup('W')).toBe('Unclassified');
    expect(ethnicityMajorGroup('XYZW')).toBe('Unclassified');
    expect(ethnicityMajorGroup('CXXX')).toBe('Unclassified');
  });

  it('lists every main code in exactly one group', () => {
    const codes = ETHNICITY_MAJOR_GROUPS.flatMap((group) => ETHNICITY_CODES_BY_MAJOR_GROUP[group]);
    expect(new Set(codes).size).toBe(codes.length);
  });
});
