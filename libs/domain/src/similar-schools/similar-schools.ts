// "Similar schools" within the LA, for a school page's comparison: schools of the same phase whose intake is
// closest in the two characteristics most tied to attendance nationally, the share of pupils eligible for
// free school meals and the share with special educational needs (EHC plan or SEN support). Closeness is the
// straight-line distance between the two shares in percentage points, both weighted alike, so an officer can
// check a match by eye: "22% FSM, 14% SEN" is close to "25% FSM, 12% SEN" (distance 3.6).

/** The pupils file's SEN provision codes that count as having SEN: EHC plan (E) and SEN support (K). */
export const SEN_PROVISION_WITH_SEN: readonly string[] = ['E', 'K'];

/** How many similar schools a comparison shows by default. */
export const SIMILAR_SCHOOLS_SHOWN = 5;

/** A school's intake, as the comparison sees it. Shares are percentages 0..100 of the school's enrolments. */
export interface SchoolIntake {
  readonly urn: string;
  readonly phase: string;
  readonly enrolments: number;
  readonly fsmPercent: number;
  readonly senPercent: number;
}

export interface SimilarSchool<T extends SchoolIntake> {
  readonly school: T;
  /** Percentage points between the two schools' (FSM, SEN) shares. */
  readonly distance: number;
}

/** Percentage points between two schools' intakes (FSM and SEN shares weighted alike). */
export function intakeDistance(a: SchoolIntake, b: SchoolIntake): number {
  return Math.hypot(a.fsmPercent - b.fsmPercent, a.senPercent - b.senPercent);
}

/**
 * The `count` schools of the target's phase closest to it in intake, nearest first (ties by URN, so the
 * answer never depends on input order). The target itself and schools with no enrolments are left out.
 */
export function similarSchools<T extends SchoolIntake>(
  target: SchoolIntake,
  candidates: readonly T[],
  count: number = SIMILAR_SCHOOLS_SHOWN,
): SimilarSchool<T>[] {
  if (!Number.isInteger(count) || count < 1) {
    throw new RangeError(`count must be a whole number from 1, got ${count}`);
  }
  return candidates
    .filter((school) => school.urn !== target.urn && school.phase === target.phase && school.enrolments > 0)
    .map((school) => ({ school, distance: intakeDistance(target, school) }))
    .sort((a, b) => a.distance - b.distance || a.school.urn.localeCompare(b.school.urn))
    .slice(0, count);
}
