import { startedTerms, termPeriod, type GovernorSearch, type TermPeriod } from './governor-search.js';
import type { GovernorPeriod } from './use-governor.js';

export interface ResolvedGovernorPeriod {
  /** null: the API's default, the academic year to date. */
  period: GovernorPeriod | null;
  label: string;
  /** The terms of the year begun by the latest data, latest first. */
  terms: TermPeriod[];
}

/** "2026/27" to 2026. */
export function startYearOf(academicYear: string): number {
  return Number(academicYear.slice(0, 4));
}

/**
 * The period the URL's term names, within the year of the latest data; no term, or one not started by then,
 * is the year to date (or, for the report, its latest term: `defaultToLatestTerm`).
 */
export function resolveGovernorPeriod(
  search: GovernorSearch,
  academicYear: string,
  dataAsOf: string | null,
  defaultToLatestTerm: boolean,
): ResolvedGovernorPeriod {
  const terms = startedTerms(startYearOf(academicYear), dataAsOf);
  const chosen =
    (search.term ? termPeriod(search.term, dataAsOf) : null) ?? (defaultToLatestTerm ? terms[0] : null);
  return chosen
    ? { period: { from: chosen.from, to: chosen.to }, label: chosen.label, terms }
    : { period: null, label: `academic year ${academicYear} to date`, terms };
}
