/**
 * The vocabulary of the shipped DfE figures. A figure is a number exactly as published (rates unrounded where
 * the source is unrounded) or the DfE symbol the source printed instead; a symbol is never turned into a number.
 */

/**
 * `c` suppressed, `x` not available, `z` not applicable, `k` rounds to 0 but is not 0, `low` a low figure,
 * `.` not applicable in older files, `-` no figure in LAIT. See `DFE_SYMBOL_MEANINGS`.
 */
export type DfeSymbol = 'c' | 'x' | 'z' | 'k' | 'low' | '.' | '-';

export type BenchmarkFigure = number | DfeSymbol;

/** The phases the DfE publishes figures for; `Total` is formed as each figure's labels say. */
export type Phase = 'Primary' | 'Secondary' | 'Special' | 'Total';

/** An academic year as the DfE writes it in titles: `"2024/25"`. */
export type AcademicYear = string;

/**
 * How a figure was collected. Daily attendance data (schools' registers shared with the DfE each day) and the
 * annual school census give different figures for the same year by design (2024/25 England overall absence:
 * 6.87% daily, 6.78% census), so every lookup makes the caller choose one.
 */
export type BenchmarkMethod = 'daily-attendance' | 'annual-census';

export type BenchmarkPeriod = 'full-year' | 'autumn-term' | 'spring-term' | 'summer-term' | 'year-to-date';

/** A DfE release week: week `week` of calendar year `year` (the weekly files number weeks that way). */
export interface CalendarWeek {
  readonly year: number;
  readonly week: number;
}

/**
 * How a `Total` row was formed: 2024/25 daily Totals weight each phase's rate by its census enrolments;
 * 2025/26 daily Totals and census Totals pool the sessions of all phases.
 */
export type TotalBasis = 'phase-rates-weighted-by-census-enrolments' | 'pooled-sessions';

/** Children in need (not CPP or CLA), on a child protection plan (not CLA), looked after for 12 months. */
export type SocialCareGroup = 'CIN' | 'CPP' | 'CLA';

/** Which shipped series a figure comes from. */
export type BenchmarkDataset =
  'daily-attendance' | 'daily-persistent-absence-by-week' | 'census-absence' | 'census-social-care';

export type GeographicLevel = 'england' | 'region' | 'la';
