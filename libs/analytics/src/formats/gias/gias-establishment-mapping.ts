import type { CanonicalSchoolPhase } from '../shared/canonical-rows.js';

// GIAS "All establishment data" values (get-information-schools.service.gov.uk, Downloads) mapped to the
// export format's four phases. Special schools carry phase "Not applicable" in GIAS, so the type decides.

export const GIAS_COLUMNS = {
  urn: 'URN',
  laCode: 'LA (code)',
  establishmentNumber: 'EstablishmentNumber',
  name: 'EstablishmentName',
  type: 'TypeOfEstablishment (name)',
  phase: 'PhaseOfEducation (name)',
  status: 'EstablishmentStatus (name)',
} as const;

/** Statuses of an establishment that is (or is about to be) open. */
export const GIAS_OPEN_STATUSES: ReadonlySet<string> = new Set([
  'Open',
  'Open, but proposed to close',
  'Proposed to open',
]);

const PHASES: Readonly<Record<string, CanonicalSchoolPhase>> = {
  Primary: 'Primary',
  'Middle deemed primary': 'Primary',
  Secondary: 'Secondary',
  'Middle deemed secondary': 'Secondary',
  '16 plus': 'Secondary',
  'All-through': 'All-through',
  'All through': 'All-through',
};

/** GIAS type names that differ from the export format's vocabulary (README: e.g. `Free school`). */
const TYPE_NAMES: Readonly<Record<string, string>> = {
  'Free schools': 'Free school',
  'Free schools special': 'Free school special',
};

/**
 * The export phase of an establishment, or null when it has none (nursery schools, pupil referral units and
 * other "Not applicable" establishments that are not special schools): the caller reports those as skipped.
 */
export function exportPhase(giasPhase: string, giasType: string): CanonicalSchoolPhase | null {
  if (/special/i.test(giasType)) return 'Special';
  return PHASES[giasPhase] ?? null;
}

export function exportTypeName(giasType: string): string {
  return TYPE_NAMES[giasType] ?? giasType;
}
