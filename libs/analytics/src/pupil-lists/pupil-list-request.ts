import { WHOLE_LA_SCOPE, type AnalyticsScope } from '../scope/analytics-scope.js';

/** Thrown when a scope without pupil-level access asks for a list of pupils. */
export class PupilLevelAccessError extends Error {
  override name = 'PupilLevelAccessError';
}

/** The longest page any pupil list gives. */
export const MAX_LIST_PAGE = 500;

// What every sorted, paged pupil list checks before it reads anything: the caller may see pupils, the sort is
// one the list offers (it is put into SQL, so only whitelisted names pass) and the page is a real page.

export interface PupilListRequest<Sort extends string> {
  scope: AnalyticsScope;
  sort: Sort;
  limit: number;
  offset: number;
}

export function pupilListRequest<Sort extends string>(
  params: { scope?: AnalyticsScope; sort?: Sort; limit?: number; offset?: number },
  sorts: Readonly<Record<Sort, string>>,
  defaultSort: Sort,
): PupilListRequest<Sort> {
  const scope = params.scope ?? WHOLE_LA_SCOPE;
  if (!scope.pupilLevel)
    throw new PupilLevelAccessError('This scope may see aggregate figures only, not pupils');
  const sort = params.sort ?? defaultSort;
  if (!Object.hasOwn(sorts, sort)) {
    throw new RangeError(`sort must be one of ${Object.keys(sorts).join(', ')}, got "${sort}"`);
  }
  const limit = params.limit ?? 50;
  const offset = params.offset ?? 0;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIST_PAGE) {
    throw new RangeError(`limit must be a whole number from 1 to ${MAX_LIST_PAGE}, got ${limit}`);
  }
  if (!Number.isInteger(offset) || offset < 0) {
    throw new RangeError(`offset must be a whole number, 0 or more, got ${offset}`);
  }
  return { scope, sort, limit, offset };
}

/** True when the scope names no school at all: every list is empty without asking the database. */
export function seesNoSchool(scope: AnalyticsScope): boolean {
  return scope.schools !== 'all' && scope.schools.length === 0;
}
