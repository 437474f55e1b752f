import { expect } from 'vitest';

// Expected figures of the golden tests are hand-counted literals. These helpers only spell them out: no rule of
// the product (nor of the domain library) is used to work out an expected value.

/** An unrounded rate written to 6 decimal places by hand: equal to 5 places. */
export function approx(rate: number): unknown {
  return expect.closeTo(rate, 5);
}

/** Every DfE reason column written out (not read from the domain), 0 unless given. */
export function reasons(counts: Partial<Record<string, number>> = {}): Record<string, number> {
  const all: Record<string, number> = {
    sess_auth_illness: 0,
    sess_auth_appointments: 0,
    sess_auth_religious: 0,
    sess_auth_study: 0,
    sess_auth_traveller: 0,
    sess_auth_holiday: 0,
    sess_auth_ext_holiday: 0,
    sess_auth_excluded: 0,
    sess_auth_other: 0,
    sess_unauth_holiday: 0,
    sess_unauth_late: 0,
    sess_unauth_other: 0,
    sess_unauth_noyet: 0,
  };
  for (const [column, count] of Object.entries(counts)) {
    if (!(column in all)) throw new Error(`No DfE reason column "${column}"`);
    all[column] = count as number;
  }
  return all;
}

/** A breakdown group's hand counts (rates are checked from them as count x 100 / denominator). */
export interface GroupCounts {
  /** Per dimension: the value, or null for "every value" (a subtotal or the total). */
  keys: (string | null)[];
  enrolments: number;
  possible: number;
  present: number;
  approvedEducationalActivity: number;
  authorised: number;
  unauthorised: number;
  persistent: number;
  severe: number;
  reasons: Record<string, number>;
  persistentAbsenceSessions: number;
  /** Enrolments per escalation band, in the domain's default order: excellent, at risk, 93-95, 90-93, PA, SA. */
  bands: number[];
}

const percent = (part: number, whole: number): unknown => (whole === 0 ? null : approx((part * 100) / whole));

/** The CohortGroup the hand counts describe. */
export function expectedGroup(counts: GroupCounts): unknown {
  const absent = counts.authorised + counts.unauthorised;
  return {
    keys: counts.keys,
    all: counts.keys.map((key) => key === null),
    measures: {
      enrolments: counts.enrolments,
      possibleSessions: counts.possible,
      attendedSessions: counts.present + counts.approvedEducationalActivity,
      authorisedSessions: counts.authorised,
      unauthorisedSessions: counts.unauthorised,
      attendanceRate: counts.possible === 0 ? null : approx(100 - (absent * 100) / counts.possible),
      overallAbsenceRate: percent(absent, counts.possible),
      authorisedAbsenceRate: percent(counts.authorised, counts.possible),
      unauthorisedAbsenceRate: percent(counts.unauthorised, counts.possible),
      persistentAbsentees: counts.persistent,
      persistentAbsenceRate: percent(counts.persistent, counts.enrolments),
      severeAbsentees: counts.severe,
      severeAbsenceRate: percent(counts.severe, counts.enrolments),
    },
    sessions: {
      possible: counts.possible,
      present: counts.present,
      approvedEducationalActivity: counts.approvedEducationalActivity,
      authorised: counts.authorised,
      unauthorised: counts.unauthorised,
      // the breakdowns count possible sessions only
      notPossible: 0,
      administrative: 0,
      byReason: counts.reasons,
    },
    persistentAbsenceSessions: counts.persistentAbsenceSessions,
    bandEnrolments: counts.bands,
  };
}

/**
 * A listed pupil's pupilId: the store's id, given in load order, is no hand-counted figure. That it names the
 * listed pupil is checked in query-pupil-record.spec.ts (the record by id is the record by UPN).
 */
export const ANY_PUPIL_ID = expect.any(Number) as unknown as number;
