/**
 * The DfE's symbols for a published figure that is not a plain number:
 * - `c`   confidential: suppressed to protect pupils (value withheld);
 * - `low` a positive rate that rounds to zero at the published precision (value is that rounded 0);
 * - `x`   not available: the figure was not collected or could not be computed (value withheld);
 * - `z`   not applicable: e.g. a rate with no possible sessions (value withheld: there is no rate);
 * - `u`   low reliability: the figure rests on a school whose export is missing or stale (value shown).
 */
export type FigureSymbol = 'c' | 'low' | 'x' | 'z' | 'u';

/**
 * One figure as an aggregate-only audience receives it. When the symbol is `c`, `x` or `z` the value is null:
 * such an audience never receives the number underneath.
 */
export interface PublishedFigure {
  value: number | null;
  symbol: FigureSymbol | null;
}

/** A rate as whole numbers, so that 0%, 100% and "rounds to zero" are decided exactly, not in floating point. */
export interface RateInput {
  numerator: number;
  /** Possible sessions for session rates, enrolments for PA/SA rates. Zero makes the rate `z`. */
  denominator: number;
}

/**
 * One group's unprotected figures (a cell of a table: e.g. "Year 7", or "Year 7 x EHC plan", or a total).
 * Counts are summed over the group's enrolments, so they add up across a breakdown: that is what makes a
 * suppressed cell recoverable from its total and siblings, and what secondary suppression prevents.
 */
export interface GroupFigures {
  /** Names the group in errors and in the published table. */
  key: string;
  /** Enrolments (a pupil on roll at two schools is two): the size the suppression thresholds apply to. */
  enrolments: number;
  /** Additive counts by name (e.g. `sess_overall`, `enrolments_pa_10_exact`); null when not available. */
  counts: Readonly<Record<string, number | null>>;
  /** Rates by name (e.g. `sess_overall_percent`); null when not available. */
  rates: Readonly<Record<string, RateInput | null>>;
  /** The schools the group's figures rest on (URNs or any id), so a stale school's figures can be marked `u`. */
  schools?: readonly string[];
}

/** One group's figures as published: every figure carries a value and a symbol. */
export interface PublishedGroup {
  key: string;
  enrolments: PublishedFigure;
  counts: Record<string, PublishedFigure>;
  rates: Record<string, PublishedFigure>;
}

/**
 * A breakdown by one characteristic with its total row, e.g. enrolments by SEN provision and the LA total.
 * The total is required: it is what an attacker subtracts from, so it must be protected with the groups.
 */
export interface OneWayTableInput {
  groups: readonly GroupFigures[];
  total: GroupFigures;
  /**
   * True for SEN, social care (CIN/CPP/CLA) and ethnicity splits, and for any table carrying per-reason
   * figures: their cells need more pupils (see `MINIMUM_SENSITIVE_GROUP_SIZE`).
   */
  sensitive: boolean;
}

export interface PublishedOneWayTable {
  groups: PublishedGroup[];
  total: PublishedGroup;
}

/** A breakdown by two characteristics (rows x columns) with row totals, column totals and a grand total. */
export interface TwoWayTableInput {
  /** `cells[row][column]`; every row has one cell per column total. */
  cells: readonly (readonly GroupFigures[])[];
  /** One per row: the row's group over every column. */
  rowTotals: readonly GroupFigures[];
  /** One per column: the column's group over every row. */
  columnTotals: readonly GroupFigures[];
  grandTotal: GroupFigures;
  /** As for `OneWayTableInput.sensitive`: true when either characteristic (or a figure) is sensitive. */
  sensitive: boolean;
}

export interface PublishedTwoWayTable {
  cells: PublishedGroup[][];
  rowTotals: PublishedGroup[];
  columnTotals: PublishedGroup[];
  grandTotal: PublishedGroup;
}
