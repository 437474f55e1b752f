import type { SqlParams } from '../store/sql-session.js';
import type { AnalyticsScope } from './analytics-scope.js';

// A scope's schools in SQL: a condition on a school_id column, true only for the schools whose URN is in
// $scope_urns. Queries add it only for a scope that does not see every school, so the whole-LA plans stay
// as they are; with it, DuckDB prunes row groups of other schools by their school_id min/max. The URNs go
// in as one comma-separated text: a DuckDB list parameter cannot be empty (it has no item type then), and a
// scope of no schools is a real case (a user with no allocated schools yet). URNs hold no commas.

/** `<column> IN (the scope's school ids)`; needs scopeParams(scope). */
export function scopeCondition(column = 'school_id'): string {
  return `${column} IN (SELECT school_id FROM schools WHERE list_contains(string_split($scope_urns, ','), urn))`;
}

/** True when a query must filter by scopeCondition. */
export function isScoped(scope: AnalyticsScope): boolean {
  return scope.schools !== 'all';
}

/** The parameter scopeCondition reads; none for a scope that sees every school. */
export function scopeParams(scope: AnalyticsScope): SqlParams {
  return scope.schools === 'all' ? {} : { scope_urns: scope.schools.join(',') };
}
