import { absenceRates } from './absence-rates.js';
import { countSessions, emptySessionCounts } from './session-counts.js';

const marks = (entries: Record<string, number>) =>
  Object.entries(entries).flatMap(([mark, count]) =>
    Array.from({ length: count }, () => ({ date: '2025-01-06', mark })),
  );

describe(absenceRates.name, () => {
  it('is null without possible sessions', () => {
    expect(absenceRates(emptySessionCounts())).toBeNull();
    expect(absenceRates(countSessions(marks({ D: 4, '#': 2 })))).toBeNull();
  });

  it('shares the possible-sessions denominator and leaves not-possible sessions out', () => {
    const rates = absenceRates(countSessions(marks({ '/': 150, K: 10, I: 20, M: 4, N: 10, G: 6, D: 40 })));
    expect(rates).toMatchObject({
      overallAbsenceRate: 20,
      attendanceRate: 80,
      authorisedAbsenceRate: 12,
      unauthorisedAbsenceRate: 8,
    });
    expect(rates?.reasonRates.sess_auth_illness).toBe(10);
    expect(rates?.reasonRates.sess_auth_appointments).toBe(2);
    expect(rates?.reasonRates.sess_unauth_noyet).toBe(5);
    expect(rates?.reasonRates.sess_unauth_holiday).toBe(3);
    expect(rates?.reasonRates.sess_auth_religious).toBe(0);
  });

  it('does not round', () => {
    expect(absenceRates(countSessions(marks({ '/': 2, I: 1 })))?.overallAbsenceRate).toBeCloseTo(
      33.3333333,
      6,
    );
  });

  it.each([
    [{ '/': 10 }, 0, 100],
    [{ N: 10 }, 100, 0],
  ])('handles the extremes %j', (entries, overall, attendance) => {
    expect(absenceRates(countSessions(marks(entries)))).toMatchObject({
      overallAbsenceRate: overall,
      attendanceRate: attendance,
    });
  });
});
