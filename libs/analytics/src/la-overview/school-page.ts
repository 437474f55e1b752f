import type { SchoolSummary } from './la-overview.types.js';

// The overview's schools table, one page at a time: an LA has up to about 600 schools, and a page of them is
// what a table shows. Filtered by phase and type, sorted by a whitelisted key (missing figures last, whichever
// the direction), name and URN (A to Z) breaking ties so pages never overlap. Works on the cached overview's schools:
// paging never asks the store again.

export const SCHOOL_SORTS = {
  name: () => null, // by name itself, below
  attendance: (school: SchoolSummary) => school.measures.attendanceRate,
  persistentAbsence: (school: SchoolSummary) => school.measures.persistentAbsenceRate,
  severeAbsence: (school: SchoolSummary) => school.measures.severeAbsenceRate,
  lastMarkDate: (school: SchoolSummary) => school.lastMarkDate,
} as const satisfies Record<string, (school: SchoolSummary) => number | string | null>;

export type SchoolSort = keyof typeof SCHOOL_SORTS;

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
  const { limit, offset } = request;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_SCHOOL_PAGE) {
    throw new RangeError(`limit must be a whole number from 1 to ${MAX_SCHOOL_PAGE}, got ${limit}`);
  }
  if (!Number.isInteger(offset) || offset < 0) {
    throw new RangeError(`offset must be a whole number from 0, got ${offset}`);
  }
  const sort = request.sort ?? 'name';
  if (!Object.hasOwn(SCHOOL_SORTS, sort)) throw new RangeError(`Unknown school sort "${sort}"`);
  const matching = filterSchools(schools, request);
  const key = SCHOOL_SORTS[sort];
  const direction = request.descending ? -1 : 1;
  const byName = (a: SchoolSummary, b: SchoolSummary) =>
    NAME_ORDER.compare(a.name, b.name) || compare(a.urn, b.urn);
  const sorted = [...matching].sort((a, b) => {
    if (sort === 'name') return direction * byName(a, b);
    const ka = key(a);
    const kb = key(b);
    if (ka === null && kb !== null) return 1;
    if (kb === null && ka !== null) return -1;
    return (ka === null || kb === null ? 0 : direction * compare(ka, kb)) || byName(a, b);
  });
  return { length: matching.length, schools: sorted.slice(offset, offset + limit) };
}

function compare(a: number | string, b: number | string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
