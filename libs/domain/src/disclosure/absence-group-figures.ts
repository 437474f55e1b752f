import type { EnrolmentSummary } from '../measures/enrolment-summary.js';
import { absentSessions, DFE_REASON_COLUMNS } from '../measures/session-counts.js';
import type { GroupFigures, RateInput } from './disclosure.types.js';

/** What `absenceGroupFigures` needs from a group's measures (an `EnrolmentSummary` has all of it). */
export type AbsenceMeasures = Pick<
  EnrolmentSummary,
  'enrolments' | 'totals' | 'persistentlyAbsent' | 'severelyAbsent'
>;

export interface AbsenceGroupFiguresOptions {
  /**
   * Adds each DfE reason column (`sess_auth_illness`, ...) and its rate (`sess_auth_illness_rate`, the DfE's
   * name, as in dfe-absence-layout). A table with these is a reason split: publish it with `sensitive: true`.
   */
  reasons?: boolean;
  schools?: readonly string[];
}

/**
 * A group's absence measures as figures to protect, named as in the DfE's published absence files
 * (`sess_overall`, `sess_overall_percent`, `enrolments_pa_10_exact`, ...). Session rates are over possible
 * sessions and PA/SA rates over enrolments, as the measures define them; both are kept as whole numbers so the
 * 0%/100% and `low` decisions are exact.
 */
export function absenceGroupFigures(
  key: string,
  measures: AbsenceMeasures,
  options: AbsenceGroupFiguresOptions = {},
): GroupFigures {
  const { totals, enrolments } = measures;
  const overAll = (numerator: number): RateInput => ({ numerator, denominator: totals.possible });
  const overEnrolments = (numerator: number): RateInput => ({ numerator, denominator: enrolments });
  const counts: Record<string, number> = {
    sess_possible: totals.possible,
    sess_overall: absentSessions(totals),
    sess_authorised: totals.authorised,
    sess_unauthorised: totals.unauthorised,
    enrolments_pa_10_exact: measures.persistentlyAbsent,
    enrolments_pa_50_exact: measures.severelyAbsent,
  };
  const rates: Record<string, RateInput> = {
    sess_overall_percent: overAll(absentSessions(totals)),
    sess_authorised_percent: overAll(totals.authorised),
    sess_unauthorised_percent: overAll(totals.unauthorised),
    enrolments_pa_10_exact_percent: overEnrolments(measures.persistentlyAbsent),
    enrolments_pa_50_exact_percent: overEnrolments(measures.severelyAbsent),
  };
  if (options.reasons) {
    for (const column of DFE_REASON_COLUMNS) {
      counts[column] = totals.byReason[column];
      rates[`${column}_rate`] = overAll(totals.byReason[column]);
    }
  }
  const figures: GroupFigures = { key, enrolments, counts, rates };
  if (options.schools) figures.schools = options.schools;
  return figures;
}
