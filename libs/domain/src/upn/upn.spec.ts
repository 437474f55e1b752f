import { UPN_CHECK_ALPHABET, upnCheckLetter } from './upn-check-letter.js';
import { buildUpn, isTemporaryUpn, isValidUpn, validateUpn } from './upn-validation.js';

describe(upnCheckLetter.name, () => {
  // Worked by hand: sum of value x position (positions 2..13), modulo 23, into ABCDEFGHJKLMNPQRTUVWXYZ.
  it.each([
    ['000000000000', 'A'], // sum 0
    ['100000000000', 'C'], // 1 x 2 = 2
    ['000000000001', 'P'], // 1 x 13 = 13
    ['999123424001', 'R'], // 18+27+36+5+12+21+32+18+40+0+0+13 = 222; 222 mod 23 = 15
    ['00000000000A', 'A'], // temporary UPN: A = 0
    ['00000000000B', 'P'], // B = 1, x 13 = 13
    ['00000000000Z', 'L'], // Z = 22, x 13 = 286; 286 mod 23 = 10 -> L
  ])('%s -> %s', (body, letter) => {
    expect(upnCheckLetter(body)).toBe(letter);
  });

  it.each(['', '12345678901', '1234567890123', '0000000000I0', '00000000000I', '00000000000a'])(
    'rejects malformed body "%s"',
    (body) => {
      expect(() => upnCheckLetter(body)).toThrow(/11 digits/);
    },
  );

  it('uses 23 letters without I, O or S', () => {
    expect(UPN_CHECK_ALPHABET).toHaveLength(23);
    expect(UPN_CHECK_ALPHABET).not.toMatch(/[IOS]/);
  });
});

describe(validateUpn.name, () => {
  it.each([
    ['R999123424001', { valid: true }],
    ['A000000000000', { valid: true }],
    ['P00000000000B', { valid: true }],
    ['R99912342400', { valid: false, reason: 'a UPN has 13 characters, this one has 12' }],
    ['I999123424001', { valid: false, reason: expect.stringMatching(/character 1 must be a check letter/) }],
    ['R99912342X001', { valid: false, reason: 'characters 2 to 12 must be digits' }],
    ['A00000000000I', { valid: false, reason: expect.stringMatching(/character 13/) }],
    ['A999123424001', { valid: false, reason: 'check letter is "A" but should be "R"' }],
    ['r999123424001', { valid: false, reason: expect.stringMatching(/character 1/) }],
  ])('%s', (upn, expected) => {
    expect(validateUpn(upn)).toEqual(expected);
  });
});

describe(isValidUpn.name, () => {
  it('detects a single changed digit and a swap of adjacent digits', () => {
    expect(isValidUpn('R999123424001')).toBe(true);
    expect(isValidUpn('R999123424002')).toBe(false);
    expect(isValidUpn('R999213424001')).toBe(false);
  });
});

describe(isTemporaryUpn.name, () => {
  it.each([
    ['P00000000000B', true],
    ['R999123424001', false],
    ['A00000000000B', false],
  ])('%s -> %s', (upn, expected) => {
    expect(isTemporaryUpn(upn)).toBe(expected);
  });
});

describe(buildUpn.name, () => {
  it('pads numbers and prefixes the check letter', () => {
    expect(buildUpn(999, 1234, 24, 1)).toBe('R999123424001');
    expect(buildUpn('999', '1234', '24', '001')).toBe('R999123424001');
  });

  it('always produces a valid UPN', () => {
    for (let serial = 0; serial < 1000; serial += 37) {
      for (const year of [5, 19, 24, 26]) {
        expect(isValidUpn(buildUpn(999, 4001, year, serial))).toBe(true);
      }
    }
  });

  type UpnParts = [number | string, number | string, number | string, number | string];
  it.each<[UpnParts, RegExp]>([
    [[1000, 1234, 24, 1], /LA code must be 3 digits/],
    [[999, 12345, 24, 1], /establishment number must be 4 digits/],
    [[999, 1234, '2024', 1], /year of allocation must be 2 digits/],
    [[999, 1234, 24, -1], /serial number must be 3 digits/],
    [[999, '12a4', 24, 1], /establishment number/],
  ])('rejects %j', (parts, message) => {
    expect(() => buildUpn(...parts)).toThrow(message);
  });
});
