import { absenceRates, type AbsenceRates } from './absence-rates.js';
import { isPersistentlyAbsent, isSeverelyAbsent } from './persistent-absence.js';
import { addSessionCounts, emptySessionCounts, type SessionCounts } from './session-counts.js';

export interface EnrolmentSummary {
  /** Sessions summed over every enrolment given (also those without possible sessions). */
  totals: SessionCounts;
  /** Rates over the totals; null when nothing was possible. */
  rates: AbsenceRates | null;
  /** Enrolments with at least one possible session: the DfE leaves the others out. */
  enrolments: number;
  persistentlyAbsent: number;
  severelyAbsent: number;
  /** PA enrolments / enrolments x 100; null when there are no enrolments. */
  persistentAbsenceRate: number | null;
  severeAbsenceRate: number | null;
}

/**
 * Per-enrolment measures over a group, as the DfE counts them: a pupil on roll at two schools is two
 * enrolments, each judged against its own possible sessions.
 */
export function summariseEnrolments(enrolments: Iterable<SessionCounts>): EnrolmentSummary {
  let totals = emptySessionCounts();
  let counted = 0;
  let persistentlyAbsent = 0;
  let severelyAbsent = 0;
  for (const enrolment of enrolments) {
    totals = addSessionCounts(totals, enrolment);
    if (enrolment.possible === 0) continue;
    counted += 1;
    if (isPersistentlyAbsent(enrolment)) persistentlyAbsent += 1;
    if (isSeverelyAbsent(enrolment)) severelyAbsent += 1;
  }
  const rateOf = (count: number): number | null => (counted === 0 ? null : (count * 100) / counted);
  return {
    totals,
    rates: absenceRates(totals),
    enrolments: counted,
    persistentlyAbsent,
    severelyAbsent,
    persistentAbsenceRate: rateOf(persistentlyAbsent),
    severeAbsenceRate: rateOf(severelyAbsent),
  };
}
