import { absentSessions, type SessionCounts } from './session-counts.js';

// Source: DfE "Pupil absence in schools in England" methodology. An enrolment is persistently absent when it
// misses 10% or more of its own possible sessions, and severely absent at 50% or more; severely absent
// enrolments are also persistently absent. Compared in whole numbers (absent x 100 >= threshold x possible)
// so that exactly 10% is never lost to floating-point rounding.

export const PERSISTENT_ABSENCE_THRESHOLD_PERCENT = 10;
export const SEVERE_ABSENCE_THRESHOLD_PERCENT = 50;

export type AbsenceClassification = 'severe' | 'persistent' | 'not-persistent' | 'no-possible-sessions';

function atOrAbove(counts: SessionCounts, thresholdPercent: number): boolean {
  return counts.possible > 0 && absentSessions(counts) * 100 >= thresholdPercent * counts.possible;
}

export function isPersistentlyAbsent(counts: SessionCounts): boolean {
  return atOrAbove(counts, PERSISTENT_ABSENCE_THRESHOLD_PERCENT);
}

export function isSeverelyAbsent(counts: SessionCounts): boolean {
  return atOrAbove(counts, SEVERE_ABSENCE_THRESHOLD_PERCENT);
}

/** The most serious class that applies ('severe' implies persistent too). */
export function absenceClassification(counts: SessionCounts): AbsenceClassification {
  if (counts.possible === 0) return 'no-possible-sessions';
  if (isSeverelyAbsent(counts)) return 'severe';
  if (isPersistentlyAbsent(counts)) return 'persistent';
  return 'not-persistent';
}
