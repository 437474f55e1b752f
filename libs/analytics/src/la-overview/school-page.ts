import { CME_LA_MILESTONE_DAYS } from '@attendance/domain';
import type { SchoolActions } from '../school-actions/school-actions.types.js';
import type { SchoolSummary } from './la-overview.types.js';

// The overview's schools table, one page at a time: an LA has up to about 600 schools, and a page of them is
// what a table shows. Filtered by phase and type, sorted by a whitelisted key (missing figures last, whichever
// the direction), name and URN (A to Z) breaking ties so pages never overlap. Works on the cached overview's schools
// and, for the sorts by a school's flags, the cached querySchoolActions answer: paging never asks the store again.

/** A school's figure to sort by, from its summary or its flags (undefined when the flags have no row for it). */
type SortKey = (school: SchoolSummary, actions: SchoolActions | undefined) => number | string | null;

/** The first milestone the LA acts on (3 school days): every child on the CME milestone list. */
const FIRST_CME_MILESTONE = Math.min(...CME_LA_MILESTONE_DAYS);

export const SCHOOL_SORTS = {
  name: { usesActions: false, key: () => null }, // by name itself, below
  attendance: { usesActions: false, key: (school) => school.measures.attendanceRate },
  persistentAbsence: { usesActions: false, key: (school) => school.measures.persistentAbsenceRate },
  severeAbsence: { usesActions: false, key: (school) => school.measures.severeAbsenceRate },
  lastMarkDate: { usesActions: false, key: (school) => school.lastMarkDate },
  fourWeekChange: { usesActions: true, key: (_school, actions) => actions?.fourWeekChange ?? null },
  penaltyNoticePupils: { usesActions: true, key: (_school, actions) => actions?.penaltyNoticePupils ?? null },
  cmeChildren: {
    usesActions: true,
    key: (_school, actions) =>
      actions?.cmeMilestones.find((count) => count.milestone === FIRST_CME_MILESTONE)?.children ?? null,
  },
} as const satisfies Record<string, { usesActions: boolean; key: SortKey }>;

export type SchoolSort = keyof typeof SCHOOL_SORTS;

/** Whether sorting by `sort` needs the schools' flags (querySchoolActions), so a caller fetches them only then. */
export function schoolSortUsesActions(sort: SchoolSort | undefined): boolean {
  return sort !== undefined && Object.hasOwn(SCHOOL_SORTS, sort) && SCHOOL_SORTS[sort].usesActions;
}

/** The largest page: more than the schools of any English LA. */
export const MAX_SCHOOL_PAGE = 1000;

export interface SchoolPageRequest {
  phase?: string | undefined;
  type?: string | undefined;
  /** Default name. */
  sort?: SchoolSort | undefined;
  descending?: boolean | undefined;
  /** 1 to MAX_SCHOOL_PAGE. */
  limit: number;
  offset: number;
  /**
   * Every school's flags by URN (querySchoolActions for the overview's scope): needed to sort by 4-week change,
   * penalty-notice pupils or CME children (schoolSortUsesActions); a school without a row has no figure.
   */
  actions?: ReadonlyMap<string, SchoolActions> | undefined;
}

export interface SchoolPage {
  /** Schools matching the filters, on every page. */
  length: number;
  schools: SchoolSummary[];
}

/** One collator for every comparison: `localeCompare` with options builds one per call, which made sorting an
 * LA's 600 schools by name the bulk of a cached overview's answer. */
const NAME_ORDER = new Intl.Collator('en-GB', { sensitivity: 'base' });

export type SchoolFilter = Pick<SchoolPageRequest, 'phase' | 'type'>;

/** The schools of this phase and type (either left out: any). */
export function filterSchools(schools: readonly SchoolSummary[], filter: SchoolFilter): SchoolSummary[] {
  return schools.filter(
    (school) =>
      (filter.phase === undefined || school.phase === filter.phase) &&
      (filter.type === undefined || school.type === filter.type),
  );
}

export function schoolPage(schools: readonly SchoolSummary[], request: SchoolPageRequest): SchoolPage {
  const { limit, offset, actions } = request;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_SCHOOL_PAGE) {
    throw new RangeError(`limit must be a whole number from 1 to ${MAX_SCHOOL_PAGE}, got ${limit}`);
  }
  if (!Number.isInteger(offset) || offset < 0) {
    throw new RangeError(`offset must be a whole number from 0, got ${offset}`);
  }
  const sort = request.sort ?? 'name';
  if (!Object.hasOwn(SCHOOL_SORTS, sort)) throw new RangeError(`Unknown school sort "${sort}"`);
  if (SCHOOL_SORTS[sort].usesActions && actions === undefined) {
    throw new RangeError(`School sort "${sort}" needs the schools' actions (querySchoolActions), none given`);
  }
  const matching = filterSchools(schools, request);
  const key: SortKey = SCHOOL_SORTS[sort].key;
  const direction = request.descending ? -1 : 1;
  const byName = (a: SchoolSummary, b: SchoolSummary) =>
    NAME_ORDER.compare(a.name, b.name) || compare(a.urn, b.urn);
  const sorted = [...matching].sort((a, b) => {
    if (sort === 'name') return direction * byName(a, b);
    const ka = key(a, actions?.get(a.urn));
    const kb = key(b, actions?.get(b.urn));
    if (ka === null && kb !== null) return 1;
    if (kb === null && ka !== null) return -1;
    return (ka === null || kb === null ? 0 : direction * compare(ka, kb)) || byName(a, b);
  });
  return { length: matching.length, schools: sorted.slice(offset, offset + limit) };
}

function compare(a: number | string, b: number | string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
