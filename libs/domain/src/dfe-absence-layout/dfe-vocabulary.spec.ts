import { ETHNICITY_MAJOR_GROUPS } from '../cohort/ethnicity-major-groups.js';
import {
  DFE_CHARACTERISTIC_DIMENSIONS,
  DFE_CHARACTERISTICS,
  dfeCharacteristicFor,
  type DfeCharacteristicDimension,
  dfeSchoolTypeForPhase,
  dfeTimePeriod,
  type ExportSchoolPhase,
  isDfeCharacteristic,
} from './dfe-vocabulary.js';

describe('dfeTimePeriod', () => {
  it('writes the academic year as the DfE does', () => {
    expect(dfeTimePeriod(2024)).toBe('202425');
    expect(dfeTimePeriod(1999)).toBe('199900');
    expect(dfeTimePeriod(2008)).toBe('200809');
  });
});

describe('dfeSchoolTypeForPhase', () => {
  it("maps the export's phases to the DfE's school types", () => {
    expect(dfeSchoolTypeForPhase('Primary')).toBe('State-funded primary');
    expect(dfeSchoolTypeForPhase('Secondary')).toBe('State-funded secondary');
    expect(dfeSchoolTypeForPhase('All-through')).toBe('State-funded secondary');
    expect(dfeSchoolTypeForPhase('Special')).toBe('Special');
  });

  it('refuses a phase it does not know', () => {
    expect(() => dfeSchoolTypeForPhase('Nursery' as ExportSchoolPhase)).toThrow(
      'School phase "Nursery" has no DfE school_type; expected one of Primary, Secondary, Special, All-through',
    );
  });
});

describe('dfeCharacteristicFor', () => {
  it('names each export value with the DfE wording', () => {
    expect(dfeCharacteristicFor('sex', 'F')).toEqual({ topic: 'Sex', breakdown: 'Female' });
    expect(dfeCharacteristicFor('yearGroup', 'R')).toEqual({ topic: 'Year group', breakdown: 'Reception' });
    expect(dfeCharacteristicFor('yearGroup', '7')).toEqual({ topic: 'Year group', breakdown: 'Year 7' });
    expect(dfeCharacteristicFor('yearGroup', 'N2')).toEqual({ topic: 'Year group', breakdown: 'Nursery 2' });
    expect(dfeCharacteristicFor('fsm', 'Y')).toEqual({ topic: 'FSM eligibility', breakdown: 'FSM eligible' });
    expect(dfeCharacteristicFor('senProvision', 'K')).toEqual({
      topic: 'SEN provision',
      breakdown: 'SEN support',
    });
    expect(dfeCharacteristicFor('senProvision', 'E')).toEqual({
      topic: 'SEN provision',
      breakdown: 'EHC plan',
    });
    expect(dfeCharacteristicFor('eal', 'Y')).toEqual({
      topic: 'First language',
      breakdown: 'Known or believed to be other than English',
    });
    expect(dfeCharacteristicFor('ethnicity', 'Black')).toEqual({
      topic: 'Ethnicity major',
      breakdown: 'Black',
    });
    expect(dfeCharacteristicFor('cla', 'N')).toEqual({
      topic: 'Looked after',
      breakdown: 'Not looked after',
    });
  });

  it("puts an empty value in the topic's unclassified group", () => {
    expect(dfeCharacteristicFor('fsm', null)).toEqual({
      topic: 'FSM eligibility',
      breakdown: 'FSM unclassified',
    });
    expect(dfeCharacteristicFor('sex', '')).toEqual({ topic: 'Sex', breakdown: 'Unclassified' });
    expect(dfeCharacteristicFor('cin', undefined)).toEqual({
      topic: 'Child in need',
      breakdown: 'Unclassified',
    });
  });

  it('maps every export value and the empty value into the vocabulary', () => {
    const exportValues: Record<DfeCharacteristicDimension, string[]> = {
      sex: ['F', 'M'],
      yearGroup: ['N1', 'N2', 'R', ...Array.from({ length: 14 }, (_, index) => `${index + 1}`)],
      fsm: ['Y', 'N'],
      senProvision: ['E', 'K', 'N'],
      eal: ['Y', 'N'],
      ethnicity: [...ETHNICITY_MAJOR_GROUPS],
      cin: ['Y', 'N'],
      cpp: ['Y', 'N'],
      cla: ['Y', 'N'],
    };
    for (const dimension of DFE_CHARACTERISTIC_DIMENSIONS) {
      const breakdowns = [...exportValues[dimension], null].map((value) => {
        const characteristic = dfeCharacteristicFor(dimension, value);
        expect(isDfeCharacteristic(characteristic)).toBe(true);
        return characteristic.breakdown;
      });
      // Each export value has its own breakdown, and together they are the topic's whole vocabulary.
      const topic = dfeCharacteristicFor(dimension, null).topic;
      expect(new Set(breakdowns)).toEqual(new Set(DFE_CHARACTERISTICS[topic].breakdowns));
    }
  });

  it('refuses a value the export format does not allow, naming it', () => {
    expect(() => dfeCharacteristicFor('sex', 'X')).toThrow(
      'Value "X" of sex has no DfE breakdown; expected one of F, M or empty',
    );
    expect(() => dfeCharacteristicFor('yearGroup', '15')).toThrow('Value "15" of yearGroup');
    expect(() => dfeCharacteristicFor('school' as DfeCharacteristicDimension, 'Y')).toThrow(
      'Unknown characteristic dimension "school"',
    );
  });
});

describe('isDfeCharacteristic', () => {
  it('accepts only a topic with one of its own breakdowns', () => {
    expect(isDfeCharacteristic({ topic: 'Total', breakdown: 'Total' })).toBe(true);
    expect(isDfeCharacteristic({ topic: 'Sex', breakdown: 'Total' })).toBe(false);
    expect(isDfeCharacteristic({ topic: 'Gender', breakdown: 'Female' })).toBe(false);
    expect(isDfeCharacteristic({ topic: 'toString', breakdown: 'Total' })).toBe(false);
  });
});
