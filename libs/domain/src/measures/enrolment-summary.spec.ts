import { summariseEnrolments } from './enrolment-summary.js';
import { emptySessionCounts, type SessionCounts } from './session-counts.js';

function enrolment(possible: number, absent: number): SessionCounts {
  return { ...emptySessionCounts(), possible, authorised: absent, present: possible - absent };
}

describe(summariseEnrolments.name, () => {
  it('counts PA and SA per enrolment and leaves out enrolments without possible sessions', () => {
    const summary = summariseEnrolments([
      enrolment(380, 10),
      enrolment(380, 38), // PA at exactly 10%
      enrolment(380, 190), // SA (and PA)
      enrolment(0, 0), // left out
      enrolment(20, 1),
    ]);
    expect(summary).toMatchObject({
      enrolments: 4,
      persistentlyAbsent: 2,
      severelyAbsent: 1,
      persistentAbsenceRate: 50,
      severeAbsenceRate: 25,
    });
    expect(summary.totals).toMatchObject({ possible: 1160, authorised: 239 });
    expect(summary.rates?.overallAbsenceRate).toBeCloseTo((239 * 100) / 1160, 10);
  });

  it('pools sessions for rates but judges PA per enrolment', () => {
    const summary = summariseEnrolments([enrolment(100, 5), enrolment(100, 20)]);
    expect(summary.persistentlyAbsent).toBe(1);
    expect(summary.rates?.overallAbsenceRate).toBe(12.5);
  });

  it('has null rates for an empty group', () => {
    expect(summariseEnrolments([])).toMatchObject({
      enrolments: 0,
      rates: null,
      persistentAbsenceRate: null,
      severeAbsenceRate: null,
    });
  });
});
