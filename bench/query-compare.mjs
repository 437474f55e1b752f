import { absenceRates, emptySessionCounts } from '@attendance/domain';

// The product's answers and the PostgreSQL baseline's, brought to one comparable shape: whole-number counts
// per group (rates follow from them through the domain's absenceRates on both sides), and lists as their length
// and their first page in order. The benchmark stops at the first difference: a baseline that computes something
// else is no baseline.

/** The counts behind an AttendanceMeasures of the product. */
export function productCounts(measures) {
  return {
    enrolments: measures.enrolments,
    possible: measures.possibleSessions,
    attended: measures.attendedSessions,
    authorised: measures.authorisedSessions,
    unauthorised: measures.unauthorisedSessions,
    persistent: measures.persistentAbsentees,
    severe: measures.severeAbsentees,
  };
}

/** The same counts from a baseline row (GROUP_MEASURES_SQL's columns). */
export function baselineCounts(row) {
  return {
    enrolments: Number(row.enrolments),
    possible: Number(row.possible),
    attended: Number(row.present) + Number(row.approved_educational_activity),
    authorised: Number(row.authorised),
    unauthorised: Number(row.unauthorised),
    persistent: Number(row.persistent_absentees),
    severe: Number(row.severe_absentees),
  };
}

/** A week of the baseline's trend as the product reports one (possible sessions and the domain's rates). */
export function baselineWeek(row) {
  const counts = {
    ...emptySessionCounts(),
    possible: Number(row.possible),
    present: Number(row.present),
    approvedEducationalActivity: Number(row.approved_educational_activity),
    authorised: Number(row.authorised),
    unauthorised: Number(row.unauthorised),
  };
  const rates = absenceRates(counts);
  return {
    weekStart: row.week_start,
    possibleSessions: counts.possible,
    attendanceRate: rates?.attendanceRate ?? null,
    overallAbsenceRate: rates?.overallAbsenceRate ?? null,
    authorisedAbsenceRate: rates?.authorisedAbsenceRate ?? null,
    unauthorisedAbsenceRate: rates?.unauthorisedAbsenceRate ?? null,
  };
}

/** A group's key: each dimension's value, or '*' for every value of it (a subtotal or the total). */
export function groupKey(values, all) {
  return JSON.stringify(values.map((value, index) => (all[index] ? '*' : (value ?? null))));
}

/** The path of the first difference between two plain values, or null when they are equal. */
export function firstDifference(product, baseline, path = '') {
  if (typeof product !== 'object' || product === null || typeof baseline !== 'object' || baseline === null) {
    return Object.is(product, baseline)
      ? null
      : `${path || '(value)'}: product ${JSON.stringify(product)}, PostgreSQL ${JSON.stringify(baseline)}`;
  }
  const keys = [...new Set([...Object.keys(product), ...Object.keys(baseline)])].sort();
  for (const key of keys) {
    const difference = firstDifference(product[key], baseline[key], path ? `${path}.${key}` : key);
    if (difference) return difference;
  }
  return null;
}

/**
 * Whether the API's answer over GraphQL is the one the library gave (its headline's possible sessions, a list's
 * length, a breakdown's groups), so the cached figures are not timing an API on some other or an empty store.
 * Returns the first disagreement, or null.
 */
export function apiDisagreement(answer, data) {
  const checks = [
    ['headline.possibleSessions', answer.headline?.possibleSessions, data.headline?.possibleSessions],
    ['length', answer.length, data.length],
    ['groups.length', answer.groups?.length, data.groups?.length],
  ];
  for (const [what, library, api] of checks) {
    if (library !== undefined && api !== undefined && library !== api) {
      return `${what}: library ${library}, API ${api}`;
    }
  }
  return null;
}
