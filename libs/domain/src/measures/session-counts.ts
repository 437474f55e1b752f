import { lookupRegisterCode } from '../register-codes/register-code-lookup.js';
import type { DfeReasonColumn, IsoDate } from '../register-codes/register-code.types.js';

// Source: DfE "Pupil absence in schools in England" methodology. Possible sessions are every session the pupil
// was expected to attend: present (incl. late before the register closed), approved educational activity,
// authorised and unauthorised absence. Not-possible codes (D, X, Q, Y..) and administrative codes (Z, #) are
// counted separately so a caller can see them, but they are never in the denominator.

export const DFE_REASON_COLUMNS: readonly DfeReasonColumn[] = [
  'sess_auth_illness',
  'sess_auth_appointments',
  'sess_auth_religious',
  'sess_auth_study',
  'sess_auth_traveller',
  'sess_auth_holiday',
  'sess_auth_ext_holiday',
  'sess_auth_excluded',
  'sess_auth_other',
  'sess_unauth_holiday',
  'sess_unauth_late',
  'sess_unauth_other',
  'sess_unauth_noyet',
];

export interface SessionCounts {
  possible: number;
  present: number;
  /** Counts as attendance: attended = present + approvedEducationalActivity. */
  approvedEducationalActivity: number;
  authorised: number;
  unauthorised: number;
  notPossible: number;
  administrative: number;
  byReason: Record<DfeReasonColumn, number>;
}

export function emptyReasonCounts(): Record<DfeReasonColumn, number> {
  return Object.fromEntries(DFE_REASON_COLUMNS.map((column) => [column, 0])) as Record<
    DfeReasonColumn,
    number
  >;
}

export function emptySessionCounts(): SessionCounts {
  return {
    possible: 0,
    present: 0,
    approvedEducationalActivity: 0,
    authorised: 0,
    unauthorised: 0,
    notPossible: 0,
    administrative: 0,
    byReason: emptyReasonCounts(),
  };
}

/**
 * Adds one mark in place and returns the same object. The code set is chosen by the session date; an unknown
 * code throws `UnknownRegisterCodeError` rather than being guessed.
 */
export function addMark(counts: SessionCounts, code: string, sessionDate: IsoDate): SessionCounts {
  const definition = lookupRegisterCode(code, sessionDate);
  switch (definition.category) {
    case 'present':
      counts.present += 1;
      counts.possible += 1;
      break;
    case 'approved-educational-activity':
      counts.approvedEducationalActivity += 1;
      counts.possible += 1;
      break;
    case 'authorised-absence':
      counts.authorised += 1;
      counts.possible += 1;
      break;
    case 'unauthorised-absence':
      counts.unauthorised += 1;
      counts.possible += 1;
      break;
    case 'not-possible':
      counts.notPossible += 1;
      break;
    case 'administrative':
      counts.administrative += 1;
      break;
  }
  if (definition.reasonColumn) counts.byReason[definition.reasonColumn] += 1;
  return counts;
}

export function countSessions(marks: Iterable<{ date: IsoDate; mark: string }>): SessionCounts {
  const counts = emptySessionCounts();
  for (const { date, mark } of marks) addMark(counts, mark, date);
  return counts;
}

export function addSessionCounts(a: SessionCounts, b: SessionCounts): SessionCounts {
  const byReason = emptyReasonCounts();
  for (const column of DFE_REASON_COLUMNS) byReason[column] = a.byReason[column] + b.byReason[column];
  return {
    possible: a.possible + b.possible,
    present: a.present + b.present,
    approvedEducationalActivity: a.approvedEducationalActivity + b.approvedEducationalActivity,
    authorised: a.authorised + b.authorised,
    unauthorised: a.unauthorised + b.unauthorised,
    notPossible: a.notPossible + b.notPossible,
    administrative: a.administrative + b.administrative,
    byReason,
  };
}

/** Sessions absent (authorised + unauthorised). */
export function absentSessions(counts: SessionCounts): number {
  return counts.authorised + counts.unauthorised;
}

/** Sessions attended (present, late before close, approved educational activity). */
export function attendedSessions(counts: SessionCounts): number {
  return counts.present + counts.approvedEducationalActivity;
}
