import { DEFAULT_ESCALATION_BANDS } from './default-escalation-bands.js';
import { bandForAttendanceRate, validateEscalationBands } from './escalation-band-ranges.js';
import type { EscalationBand } from './escalation-band.types.js';

function band(id: string, min: number, max: number, extra: Partial<EscalationBand> = {}): EscalationBand {
  return {
    id,
    label: id,
    minAttendanceRate: min,
    maxAttendanceRate: max,
    stage: 'stage',
    actions: [],
    ...extra,
  };
}

describe(bandForAttendanceRate.name, () => {
  it.each([
    [100, 'excellent'],
    [97, 'excellent'],
    [96.99, 'at-risk'],
    [95, 'at-risk'],
    [94.9, 'lower-than-expected'],
    [93, 'lower-than-expected'],
    [92.99, 'notice-to-improve'],
    [90.5, 'notice-to-improve'], // the 90-91 gap in seed 002 belongs to the 91-93 rung
    [90.01, 'notice-to-improve'],
    [90, 'persistent-absence'], // exactly 10% absence is PA (DfE, inclusive)
    [89.99, 'persistent-absence'],
    [50.01, 'persistent-absence'],
    [50, 'severe-absence'], // exactly 50% absence is SA
    [0, 'severe-absence'],
  ])('%d%% -> %s', (rate, expected) => {
    expect(bandForAttendanceRate(rate, DEFAULT_ESCALATION_BANDS)?.id).toBe(expected);
  });

  it.each([-0.1, 100.1, Number.NaN, Number.POSITIVE_INFINITY])('is null for %d', (rate) => {
    expect(bandForAttendanceRate(rate, DEFAULT_ESCALATION_BANDS)).toBeNull();
  });

  it('is null in a gap', () => {
    expect(bandForAttendanceRate(50, [band('low', 0, 50), band('high', 60, 100)])).toBeNull();
  });
});

describe(validateEscalationBands.name, () => {
  it('accepts the defaults', () => {
    expect(validateEscalationBands(DEFAULT_ESCALATION_BANDS)).toEqual([]);
  });

  it('accepts plain [min, max) bands in any order', () => {
    expect(validateEscalationBands([band('high', 90, 100), band('low', 0, 90)])).toEqual([]);
  });

  it.each<[string, EscalationBand[], string[]]>([
    ['no bands', [], ['there are no escalation bands']],
    [
      'a gap between bands (seed 002 read literally)',
      [band('low', 0, 90), band('mid', 91, 93), band('high', 93, 100)],
      ['gap between bands "low" [0, 90) and "mid" [91, 93)'],
    ],
    [
      'an overlap',
      [band('low', 0, 92), band('high', 90, 100)],
      ['bands "low" [0, 92) and "high" [90, 100] overlap'],
    ],
    [
      'a boundary both bands include',
      [band('low', 0, 90, { maxInclusive: true }), band('high', 90, 100)],
      ['bands "low" [0, 90] and "high" [90, 100] overlap'],
    ],
    [
      'a boundary neither band includes',
      [band('low', 0, 90), band('high', 90, 100, { minExclusive: true })],
      ['gap between bands "low" [0, 90) and "high" (90, 100]'],
    ],
    [
      'a ladder not starting at 0 or ending at 100',
      [band('only', 10, 90)],
      [
        'attendance below 10 has no band (gap below "only" [10, 90))',
        'attendance above 90 has no band (gap above "only" [10, 90))',
      ],
    ],
    [
      '0 left out',
      [band('only', 0, 100, { minExclusive: true })],
      ['attendance of exactly 0 has no band ("only" (0, 100] excludes it)'],
    ],
    [
      'rates outside 0..100',
      [band('low', -5, 50), band('high', 50, 120)],
      ['band "low" [-5, 50) is outside 0..100', 'band "high" [50, 120) is outside 0..100'],
    ],
    [
      'an empty range and a repeated id',
      [band('a', 0, 50), band('a', 50, 50), band('b', 50, 100)],
      [
        'band id "a" is used more than once',
        'band "a" [50, 50) must have minAttendanceRate below maxAttendanceRate',
      ],
    ],
  ])('reports %s', (_, bands, problems) => {
    expect(validateEscalationBands(bands)).toEqual(problems);
  });
});
