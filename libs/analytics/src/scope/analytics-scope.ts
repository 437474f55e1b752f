/**
 * What a caller may see, passed to every analytics query, which filters by it in SQL: the schools (by URN; 'all'
 * for the whole LA) and whether pupil-level data (pupil lists, a pupil's record) may be returned. Users and
 * roles map onto scopes (a governor: one school, aggregates only; an EWS officer: their allocated schools).
 */
export interface AnalyticsScope {
  readonly schools: readonly string[] | 'all';
  readonly pupilLevel: boolean;
}

/** Every school, pupil-level data included: for the LA's own analysts and for tests. */
export const WHOLE_LA_SCOPE: AnalyticsScope = { schools: 'all', pupilLevel: true };
