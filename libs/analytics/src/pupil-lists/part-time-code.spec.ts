import {
  CODE_SET_2024_IN_FORCE_FROM,
  addDays,
  isKnownRegisterCode,
  lookupRegisterCode,
} from '@attendance/domain';
import { PART_TIME_TIMETABLE_CODE } from './part-time-code.js';

describe('PART_TIME_TIMETABLE_CODE', () => {
  it("is the domain's part-time timetable code, an authorised absence counted under sess_auth_other", () => {
    expect(lookupRegisterCode(PART_TIME_TIMETABLE_CODE, CODE_SET_2024_IN_FORCE_FROM)).toMatchObject({
      meaning: expect.stringMatching(/part-time timetable/i),
      category: 'authorised-absence',
      reasonColumn: 'sess_auth_other',
    });
  });

  it('does not exist before the 2024 code set', () => {
    expect(isKnownRegisterCode(PART_TIME_TIMETABLE_CODE, addDays(CODE_SET_2024_IN_FORCE_FROM, -1))).toBe(
      false,
    );
  });
});
