/** Absence in one school week, rates as percentages (0-100) or null when the week had no possible sessions. */
export interface WeeklyRate {
  /** Monday of the week, YYYY-MM-DD. */
  weekStart: string;
  possibleSessions: number;
  overallAbsenceRate: number | null;
  authorisedAbsenceRate: number | null;
  unauthorisedAbsenceRate: number | null;
}

export type WeeklyRateMeasure = 'overallAbsenceRate' | 'authorisedAbsenceRate' | 'unauthorisedAbsenceRate';

export interface WeeklyRateSeries {
  measure: WeeklyRateMeasure;
  label: string;
  colour: string;
  /** SVG stroke-dasharray, so the lines differ by more than colour. */
  dashPattern: string | undefined;
}

// GOV.UK palette colours with different line patterns, so the lines are told apart without colour vision.
export const weeklyRateSeries: readonly WeeklyRateSeries[] = [
  { measure: 'overallAbsenceRate', label: 'Overall absence', colour: '#0b0c0c', dashPattern: undefined },
  { measure: 'authorisedAbsenceRate', label: 'Authorised absence', colour: '#1d70b8', dashPattern: '8 4' },
  {
    measure: 'unauthorisedAbsenceRate',
    label: 'Unauthorised absence',
    colour: '#d4351c',
    dashPattern: '2 3',
  },
];

/** A half term the trend marks: the weeks (their Mondays) from its first to its last. */
export interface TrendHalfTerm {
  label: string;
  firstWeekStart: string;
  lastWeekStart: string;
}

/** The half term a week is in (by its Monday); undefined for a holiday week. */
export function halfTermOfWeek(
  weekStart: string,
  halfTerms: readonly TrendHalfTerm[],
): TrendHalfTerm | undefined {
  // ISO dates compare correctly as text.
  return halfTerms.find((term) => term.firstWeekStart <= weekStart && weekStart <= term.lastWeekStart);
}
