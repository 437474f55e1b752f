import { emptySessionCounts, type SessionCounts } from '../measures/session-counts.js';
import { summariseEnrolments } from '../measures/enrolment-summary.js';
import { absenceGroupFigures } from './absence-group-figures.js';

function enrolment(possible: number, authorised: number, unauthorised: number): SessionCounts {
  const counts = emptySessionCounts();
  counts.byReason.sess_auth_illness = authorised;
  counts.byReason.sess_unauth_other = unauthorised;
  return { ...counts, possible, authorised, unauthorised, present: possible - authorised - unauthorised };
}

describe(absenceGroupFigures.name, () => {
  const summary = summariseEnrolments([enrolment(100, 5, 0), enrolment(100, 40, 15), enrolment(100, 2, 2)]);

  it('names the measures as the DfE absence files do, with rates as whole-number fractions', () => {
    expect(absenceGroupFigures('Year 7', summary, { schools: ['100001'] })).toEqual({
      key: 'Year 7',
      enrolments: 3,
      schools: ['100001'],
      counts: {
        sess_possible: 300,
        sess_overall: 64,
        sess_authorised: 47,
        sess_unauthorised: 17,
        enrolments_pa_10_exact: 1,
        enrolments_pa_50_exact: 1,
      },
      rates: {
        sess_overall_percent: { numerator: 64, denominator: 300 },
        sess_authorised_percent: { numerator: 47, denominator: 300 },
        sess_unauthorised_percent: { numerator: 17, denominator: 300 },
        enrolments_pa_10_exact_percent: { numerator: 1, denominator: 3 },
        enrolments_pa_50_exact_percent: { numerator: 1, denominator: 3 },
      },
    });
  });

  it('adds each reason column and its rate when asked', () => {
    const figures = absenceGroupFigures('Year 7', summary, { reasons: true });
    expect(Object.keys(figures.counts)).toHaveLength(6 + 13);
    expect(figures.counts['sess_auth_illness']).toBe(47);
    expect(figures.rates['sess_unauth_other_rate']).toEqual({ numerator: 17, denominator: 300 });
    expect(figures.rates['sess_auth_religious_rate']).toEqual({ numerator: 0, denominator: 300 });
    expect(figures).not.toHaveProperty('schools');
  });
});
