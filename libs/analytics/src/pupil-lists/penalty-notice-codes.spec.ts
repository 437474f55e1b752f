import { PENALTY_NOTICE_THRESHOLD, REGISTER_CODE_SETS } from '@attendance/domain';

// penalty-notice-list.sql.ts counts the threshold codes' sessions from enrolment_weeks.unauthorised, which counts
// the marks whose code is of the DfE category unauthorised-absence in the code set in force on their date. The
// two are the same count only while every code set's unauthorised-absence codes are exactly the threshold codes.

describe('the penalty-notice threshold codes', () => {
  it.each(REGISTER_CODE_SETS.map((set) => [set.id, set] as const))(
    'are exactly the unauthorised-absence codes of the %s code set',
    (_id, set) => {
      const unauthorised = set.codes
        .filter((code) => code.category === 'unauthorised-absence')
        .map((code) => code.code);
      expect(unauthorised.sort()).toEqual([...PENALTY_NOTICE_THRESHOLD.codes].sort());
    },
  );

  it('are checked against both code sets', () => {
    expect(REGISTER_CODE_SETS.map((set) => set.id)).toEqual(['regulations-2006', 'regulations-2024']);
  });
});
