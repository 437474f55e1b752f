import {
  codeSetForDate,
  codeSetIdForDate,
  isKnownRegisterCode,
  lookupRegisterCode,
  UnknownRegisterCodeError,
} from './register-code-lookup.js';
import {
  CODE_SET_2024_IN_FORCE_FROM,
  NOT_ON_ROLL_CODE,
  PLANNED_CLOSURE_CODE,
  REGISTER_CODE_SETS,
} from './register-code-sets.js';
import type { DfeReasonColumn, StatisticalCategory } from './register-code.types.js';

// Expected values written out from the domain reference (DfE guidance tables), not read from the code sets,
// so a slip in either shows up here.
type Expected = [code: string, category: StatisticalCategory, reason: DfeReasonColumn | null];

const inBothSets: Expected[] = [
  ['/', 'present', null],
  ['\\', 'present', null],
  ['L', 'present', null],
  ['V', 'approved-educational-activity', null],
  ['P', 'approved-educational-activity', null],
  ['W', 'approved-educational-activity', null],
  ['B', 'approved-educational-activity', null],
  ['M', 'authorised-absence', 'sess_auth_appointments'],
  ['S', 'authorised-absence', 'sess_auth_study'],
  ['C', 'authorised-absence', 'sess_auth_other'],
  ['T', 'authorised-absence', 'sess_auth_traveller'],
  ['R', 'authorised-absence', 'sess_auth_religious'],
  ['I', 'authorised-absence', 'sess_auth_illness'],
  ['E', 'authorised-absence', 'sess_auth_excluded'],
  ['G', 'unauthorised-absence', 'sess_unauth_holiday'],
  ['N', 'unauthorised-absence', 'sess_unauth_noyet'],
  ['O', 'unauthorised-absence', 'sess_unauth_other'],
  ['U', 'unauthorised-absence', 'sess_unauth_late'],
  ['D', 'not-possible', null],
  ['X', 'not-possible', null],
  ['Z', 'administrative', null],
  ['#', 'administrative', null],
];

const onlyIn2006Set: Expected[] = [
  ['H', 'authorised-absence', 'sess_auth_holiday'],
  ['F', 'authorised-absence', 'sess_auth_ext_holiday'],
  ['J', 'approved-educational-activity', null],
  ['Y', 'not-possible', null],
];

const onlyIn2024Set: Expected[] = [
  ['K', 'approved-educational-activity', null],
  ['C1', 'authorised-absence', 'sess_auth_other'],
  ['J1', 'authorised-absence', 'sess_auth_other'],
  ['C2', 'authorised-absence', 'sess_auth_other'],
  ['Q', 'not-possible', null],
  ['Y1', 'not-possible', null],
  ['Y2', 'not-possible', null],
  ['Y3', 'not-possible', null],
  ['Y4', 'not-possible', null],
  ['Y5', 'not-possible', null],
  ['Y6', 'not-possible', null],
  ['Y7', 'not-possible', null],
];

const LAST_2006_DAY = '2024-08-18';
const FIRST_2024_DAY = '2024-08-19';

describe(codeSetIdForDate.name, () => {
  it.each([
    ['2013-09-02', 'regulations-2006'],
    [LAST_2006_DAY, 'regulations-2006'],
    [FIRST_2024_DAY, 'regulations-2024'],
    ['2026-09-04', 'regulations-2024'],
  ])('%s -> %s', (date, expected) => {
    expect(codeSetIdForDate(date)).toBe(expected);
  });

  it('switches on 19 August 2024', () => {
    expect(CODE_SET_2024_IN_FORCE_FROM).toBe(FIRST_2024_DAY);
    expect(codeSetForDate(FIRST_2024_DAY).inForceFrom).toBe(FIRST_2024_DAY);
    expect(codeSetForDate(LAST_2006_DAY).inForceFrom).toBeNull();
  });
});

describe(lookupRegisterCode.name, () => {
  describe.each([
    ['2006 set', LAST_2006_DAY, [...inBothSets, ...onlyIn2006Set]],
    ['2024 set', FIRST_2024_DAY, [...inBothSets, ...onlyIn2024Set]],
  ])('%s (%s)', (_, date, expected) => {
    it.each(expected)('%s is %s (%s)', (code, category, reason) => {
      expect(lookupRegisterCode(code, date)).toMatchObject({ code, category, reasonColumn: reason });
    });

    it('holds exactly these codes, each once', () => {
      const codes = codeSetForDate(date).codes.map((definition) => definition.code);
      expect([...codes].sort()).toEqual(expected.map(([code]) => code).sort());
    });
  });

  it.each(onlyIn2006Set.map(([code]) => code))('rejects 2006-only code %s from 19 August 2024', (code) => {
    expect(() => lookupRegisterCode(code, FIRST_2024_DAY)).toThrow(UnknownRegisterCodeError);
    expect(isKnownRegisterCode(code, LAST_2006_DAY)).toBe(true);
  });

  it.each(onlyIn2024Set.map(([code]) => code))('rejects 2024-only code %s before 19 August 2024', (code) => {
    expect(() => lookupRegisterCode(code, LAST_2006_DAY)).toThrow(UnknownRegisterCodeError);
    expect(isKnownRegisterCode(code, FIRST_2024_DAY)).toBe(true);
  });

  it.each(['', ' ', 'A', 'n', '/ ', 'Y8', 'C3', '?'])('rejects unknown code "%s" in both sets', (code) => {
    expect(isKnownRegisterCode(code, LAST_2006_DAY)).toBe(false);
    expect(isKnownRegisterCode(code, FIRST_2024_DAY)).toBe(false);
    expect(() => lookupRegisterCode(code, FIRST_2024_DAY)).toThrow(UnknownRegisterCodeError);
  });

  it('says which code, date and set failed', () => {
    const error = (() => {
      try {
        lookupRegisterCode('H', '2025-01-06');
      } catch (caught) {
        return caught;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(UnknownRegisterCodeError);
    expect(error).toMatchObject({
      code: 'H',
      sessionDate: '2025-01-06',
      codeSet: 'regulations-2024',
      name: 'UnknownRegisterCodeError',
      message: 'Unknown register code "H" for a session on 2025-01-06 (code set regulations-2024)',
    });
  });
});

describe('REGISTER_CODE_SETS', () => {
  it('gives a reason column to every absence code and to nothing else', () => {
    for (const set of REGISTER_CODE_SETS) {
      for (const definition of set.codes) {
        const isAbsence =
          definition.category === 'authorised-absence' || definition.category === 'unauthorised-absence';
        expect(definition.reasonColumn !== null, `${set.id} ${definition.code}`).toBe(isAbsence);
      }
    }
  });
});

describe('NOT_ON_ROLL_CODE', () => {
  it.each(['2024-08-16', '2024-08-19'])('is an administrative code on %s (both code sets)', (date) => {
    expect(lookupRegisterCode(NOT_ON_ROLL_CODE, date)).toMatchObject({
      code: 'Z',
      category: 'administrative',
    });
  });
});

describe('PLANNED_CLOSURE_CODE', () => {
  it.each(['2024-08-16', '2024-08-19'])('is an administrative code on %s (both code sets)', (date) => {
    expect(lookupRegisterCode(PLANNED_CLOSURE_CODE, date)).toMatchObject({
      code: '#',
      category: 'administrative',
    });
  });
});
