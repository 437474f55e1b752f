import type { GroupFigures } from './disclosure.types.js';
import { DisclosureInputError } from './disclosure-options.js';
import { publishGroup } from './publish-group.js';

/** A group with no zero and no 100% figure, so only its size decides. */
function group(enrolments: number, changes: Partial<GroupFigures> = {}): GroupFigures {
  return {
    key: `group of ${enrolments}`,
    enrolments,
    counts: { sess_overall: 300, enrolments_pa_10_exact: 1 },
    rates: {
      sess_overall_percent: { numerator: 300, denominator: 3000 },
      enrolments_pa_10_exact_percent: { numerator: 1, denominator: enrolments },
    },
    ...changes,
  };
}

const ordinary = { sensitive: false };
const sensitive = { sensitive: true };

describe(publishGroup.name, () => {
  describe('primary suppression by size', () => {
    it('suppresses fewer than 6 enrolments and shows 6', () => {
      expect(publishGroup(group(5), ordinary).enrolments).toEqual({ value: null, symbol: 'c' });
      expect(publishGroup(group(6), ordinary).enrolments).toEqual({ value: 6, symbol: null });
    });

    it('suppresses fewer than 10 enrolments in a sensitive split and shows 10', () => {
      expect(publishGroup(group(9), sensitive).enrolments.symbol).toBe('c');
      expect(publishGroup(group(10), sensitive).enrolments).toEqual({ value: 10, symbol: null });
    });

    it('takes other thresholds from the options', () => {
      expect(publishGroup(group(5), ordinary, { minimumGroupSize: 5 }).enrolments.value).toBe(5);
      expect(publishGroup(group(10), sensitive, { minimumSensitiveGroupSize: 11 }).enrolments.symbol).toBe(
        'c',
      );
    });

    it('withholds every figure of a suppressed cell, whatever it would have been', () => {
      const published = publishGroup(
        group(5, {
          counts: { sess_overall: null, enrolments_pa_10_exact: 1 },
          rates: { sess_overall_percent: { numerator: 0, denominator: 0 } },
          schools: ['100001'],
        }),
        ordinary,
        { staleSchools: ['100001'] },
      );
      expect(published).toEqual({
        key: 'group of 5',
        enrolments: { value: null, symbol: 'c' },
        counts: {
          sess_overall: { value: null, symbol: 'c' },
          enrolments_pa_10_exact: { value: null, symbol: 'c' },
        },
        rates: { sess_overall_percent: { value: null, symbol: 'c' } },
      });
    });
  });

  describe('0% and 100% in groups under 10', () => {
    const withPa = (enrolments: number, pa: number) =>
      group(enrolments, {
        counts: { sess_overall: 300, enrolments_pa_10_exact: pa },
        rates: { enrolments_pa_10_exact_percent: { numerator: pa, denominator: enrolments } },
      });

    it('suppresses "0% persistently absent" in a group of 9 and shows it in a group of 10', () => {
      expect(publishGroup(withPa(9, 0), ordinary).enrolments.symbol).toBe('c');
      expect(publishGroup(withPa(10, 0), ordinary).rates['enrolments_pa_10_exact_percent']).toEqual({
        value: 0,
        symbol: null,
      });
    });

    it('suppresses 100% in a group of 9 and shows it in a group of 10', () => {
      expect(publishGroup(withPa(9, 9), ordinary).enrolments.symbol).toBe('c');
      expect(publishGroup(withPa(10, 10), ordinary).rates['enrolments_pa_10_exact_percent']?.value).toBe(100);
    });

    it('treats a zero count like a 0% rate', () => {
      const noUnauthorised = group(8, { counts: { sess_unauthorised: 0 }, rates: {} });
      expect(publishGroup(noUnauthorised, ordinary).counts['sess_unauthorised']?.symbol).toBe('c');
    });

    it('does not read a rate with no possible sessions as 0%', () => {
      const published = publishGroup(
        group(8, { rates: { sess_overall_percent: { numerator: 0, denominator: 0 } } }),
        ordinary,
      );
      expect(published.enrolments.value).toBe(8);
      expect(published.rates['sess_overall_percent']).toEqual({ value: null, symbol: 'z' });
    });
  });

  describe('symbols on shown figures', () => {
    it('rounds rates to one decimal place', () => {
      expect(publishGroup(group(20), ordinary).rates).toEqual({
        sess_overall_percent: { value: 10, symbol: null },
        enrolments_pa_10_exact_percent: { value: 5, symbol: null },
      });
    });

    it('marks a positive rate that displays as 0.0 as low', () => {
      const published = publishGroup(
        group(500, {
          rates: {
            illness: { numerator: 4, denominator: 10_000 },
            holiday: { numerator: 5, denominator: 10_000 },
          },
        }),
        ordinary,
      );
      expect(published.rates).toEqual({
        illness: { value: 0, symbol: 'low' },
        holiday: { value: 0.1, symbol: null },
      });
    });

    it('marks figures that are not available as x, with no value', () => {
      const published = publishGroup(
        group(20, { counts: { sess_overall: null }, rates: { sess_overall_percent: null } }),
        ordinary,
      );
      expect(published.counts['sess_overall']).toEqual({ value: null, symbol: 'x' });
      expect(published.rates['sess_overall_percent']).toEqual({ value: null, symbol: 'x' });
    });

    it('marks every figure resting on a stale school as u and still shows it', () => {
      const stale = { staleSchools: ['100002'] };
      const published = publishGroup(
        group(20, {
          schools: ['100001', '100002'],
          rates: {
            low: { numerator: 1, denominator: 10_000 },
            none: { numerator: 0, denominator: 0 },
          },
        }),
        ordinary,
        stale,
      );
      expect(published).toEqual({
        key: 'group of 20',
        enrolments: { value: 20, symbol: 'u' },
        counts: {
          sess_overall: { value: 300, symbol: 'u' },
          enrolments_pa_10_exact: { value: 1, symbol: 'u' },
        },
        rates: { low: { value: 0, symbol: 'u' }, none: { value: null, symbol: 'z' } },
      });
      const fresh = publishGroup(group(20, { schools: ['100001'] }), ordinary, stale);
      expect(fresh.enrolments.symbol).toBeNull();
    });
  });

  it('names the group, field and value of bad input', () => {
    const bad = group(7.5, {
      counts: { sess_overall: -1 },
      rates: { sess_overall_percent: { numerator: 5, denominator: 4 } },
    });
    const attempt = () => publishGroup(bad, ordinary);
    expect(attempt).toThrow(DisclosureInputError);
    expect(attempt).toThrow('group ("group of 7.5") enrolments must be a whole number of 0 or more, got 7.5');
    expect(attempt).toThrow(
      'group ("group of 7.5") counts.sess_overall must be a whole number of 0 or more or null, got -1',
    );
    expect(attempt).toThrow(
      'group ("group of 7.5") rates.sess_overall_percent must have whole-number numerator and denominator with ' +
        '0 <= numerator <= denominator, got {"numerator":5,"denominator":4}',
    );
  });
});
