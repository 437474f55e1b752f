import { DEFAULT_ESCALATION_BANDS } from './default-escalation-bands.js';
import { EscalationBandsConfigError, parseEscalationBandsConfig } from './escalation-bands-config.js';

const validBand = {
  id: 'all',
  label: 'Everyone',
  minAttendanceRate: 0,
  maxAttendanceRate: 100,
  stage: 'Universal',
  actions: ['Weekly newsletter'],
};

function problemsOf(json: unknown): readonly string[] {
  try {
    parseEscalationBandsConfig(json);
  } catch (error) {
    if (error instanceof EscalationBandsConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected the configuration to be rejected');
}

describe(parseEscalationBandsConfig.name, () => {
  it('reads the defaults back from JSON, as a list or under "bands"', () => {
    const json: unknown = JSON.parse(JSON.stringify(DEFAULT_ESCALATION_BANDS));
    expect(parseEscalationBandsConfig(json)).toEqual(DEFAULT_ESCALATION_BANDS);
    expect(parseEscalationBandsConfig({ bands: json })).toEqual(DEFAULT_ESCALATION_BANDS);
  });

  it('copies the actions rather than sharing the input array', () => {
    const input = [{ ...validBand, actions: ['a'] }];
    const [parsed] = parseEscalationBandsConfig(input);
    expect(parsed?.actions).not.toBe(input[0]?.actions);
  });

  it.each<[string, unknown, string[]]>([
    ['not a list', { bands: 'all' }, ['bands must be a list of escalation bands']],
    ['a bare value', 42, ['config must be a list of escalation bands']],
    ['a band that is not an object', [validBand, null], ['config[1] must be an object']],
    [
      'missing and wrong fields, each named',
      {
        bands: [{ ...validBand, id: '', minAttendanceRate: '0', maxAttendanceRate: undefined, actions: [1] }],
      },
      [
        'bands[0].actions must be a list of strings',
        'bands[0].id must be a non-empty string',
        'bands[0].minAttendanceRate must be a number from 0 to 100, got "0"',
        'bands[0].maxAttendanceRate must be a number from 0 to 100, got nothing',
      ],
    ],
    [
      'a rate above 100',
      [{ ...validBand, maxAttendanceRate: 101 }],
      ['config[0].maxAttendanceRate must be a number from 0 to 100, got 101'],
    ],
    [
      'a flag that is not boolean',
      [{ ...validBand, maxInclusive: 'yes' }],
      ['config[0].maxInclusive must be true or false when given'],
    ],
    ['an empty list', [], ['there are no escalation bands']],
    [
      'overlapping bands',
      [
        { ...validBand, id: 'low', maxAttendanceRate: 60 },
        { ...validBand, id: 'high', minAttendanceRate: 50 },
      ],
      ['bands "low" [0, 60) and "high" [50, 100] overlap'],
    ],
  ])('rejects %s', (_, json, problems) => {
    expect(problemsOf(json)).toEqual(problems);
  });

  it('puts every problem in the error message', () => {
    expect(() => parseEscalationBandsConfig([{ ...validBand, label: 3 }])).toThrow(
      'Invalid escalation bands configuration:\n- config[0].label must be a non-empty string',
    );
  });
});
