import { ForbiddenException } from '@nestjs/common';
import {
  querySchoolsByUrn,
  UnknownSchoolError,
  type AnalyticsScope,
  type AnalyticsStore,
} from '@attendance/analytics';

// A school's page asks the LA-wide queries (breakdowns, action lists) for one school. Rather than a `urn`
// parameter in every analytics query, the caller's scope is narrowed to that school: the queries already
// filter by scope in SQL, and the result cache, which keys by scope, keeps the school's answers apart from
// the LA's. A school the caller may not see is refused before anything is counted; an unknown URN is the
// caller's mistake, told apart from an empty school.

/**
 * The caller's `scope` narrowed to the school `urn` (unchanged without one). Throws ForbiddenException for a
 * school outside the scope and UnknownSchoolError (a RangeError: BAD_USER_INPUT) for a URN not in the store.
 */
export async function narrowScopeToSchool(
  store: AnalyticsStore,
  scope: AnalyticsScope,
  urn: string | undefined,
): Promise<AnalyticsScope> {
  if (urn === undefined) return scope;
  if (scope.schools !== 'all' && !scope.schools.includes(urn)) {
    throw new ForbiddenException(`School ${urn} is not among the schools this caller may see`);
  }
  const [school] = await querySchoolsByUrn(store, [urn], scope);
  if (!school) throw new UnknownSchoolError(`urn: no school with URN ${urn} has been loaded`);
  return { schools: [urn], pupilLevel: scope.pupilLevel };
}
