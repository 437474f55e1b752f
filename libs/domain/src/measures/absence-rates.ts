import type { DfeReasonColumn } from '../register-codes/register-code.types.js';
import {
  absentSessions,
  DFE_REASON_COLUMNS,
  emptyReasonCounts,
  type SessionCounts,
} from './session-counts.js';

// Source: DfE "Pupil absence in schools in England" methodology. Every rate shares the denominator of
// possible sessions; attendance rate = 100 - overall absence rate. Rates are percentages 0..100, unrounded:
// rounding belongs to presentation (the DfE publishes one decimal place).

export interface AbsenceRates {
  attendanceRate: number;
  overallAbsenceRate: number;
  authorisedAbsenceRate: number;
  unauthorisedAbsenceRate: number;
  reasonRates: Record<DfeReasonColumn, number>;
}

/** Null when there are no possible sessions: a rate over nothing is not 0% or 100%. */
export function absenceRates(counts: SessionCounts): AbsenceRates | null {
  if (counts.possible === 0) return null;
  const percent = (sessions: number): number => (sessions * 100) / counts.possible;
  const reasonRates = emptyReasonCounts();
  for (const column of DFE_REASON_COLUMNS) reasonRates[column] = percent(counts.byReason[column]);
  const overallAbsenceRate = percent(absentSessions(counts));
  return {
    attendanceRate: 100 - overallAbsenceRate,
    overallAbsenceRate,
    authorisedAbsenceRate: percent(counts.authorised),
    unauthorisedAbsenceRate: percent(counts.unauthorised),
    reasonRates,
  };
}
