// The DfE's major ethnic groups, as its absence statistics break pupils down, from the school census's main
// ethnicity codes. Extended codes (an LA's finer categories) begin with their main group's letter, so an
// unlisted code is placed by that letter; refused, not obtained, missing or anything else is Unclassified.
// Source: DfE "Pupil absence in schools in England" characteristics files; census ethnicity code set.

export const ETHNICITY_MAJOR_GROUPS = [
  'White',
  'Mixed',
  'Asian',
  'Black',
  'Chinese',
  'Any other ethnic group',
  'Unclassified',
] as const;

export type EthnicityMajorGroup = (typeof ETHNICITY_MAJOR_GROUPS)[number];

/** Main census codes by major group. */
export const ETHNICITY_CODES_BY_MAJOR_GROUP: Readonly<Record<EthnicityMajorGroup, readonly string[]>> = {
  White: ['WBRI', 'WIRI', 'WIRT', 'WOTH', 'WROM'],
  Mixed: ['MWBC', 'MWBA', 'MWAS', 'MOTH'],
  Asian: ['AIND', 'APKN', 'ABAN', 'AOTH'],
  Black: ['BCRB', 'BAFR', 'BOTH'],
  Chinese: ['CHNE'],
  'Any other ethnic group': ['OOTH'],
  Unclassified: ['REFU', 'NOBT'],
};

/** Extended codes' first letter; C is Chinese only as CHNE (no extended Chinese codes exist). */
export const ETHNICITY_GROUP_BY_FIRST_LETTER: Readonly<Record<string, EthnicityMajorGroup>> = {
  W: 'White',
  M: 'Mixed',
  A: 'Asian',
  B: 'Black',
  O: 'Any other ethnic group',
};

export function ethnicityMajorGroup(code: string | null | undefined): EthnicityMajorGroup {
  const normalised = (code ?? '').trim().toUpperCase();
  for (const group of ETHNICITY_MAJOR_GROUPS) {
    if (ETHNICITY_CODES_BY_MAJOR_GROUP[group].includes(normalised)) return group;
  }
  if (normalised.length !== 4) return 'Unclassified';
  return ETHNICITY_GROUP_BY_FIRST_LETTER[normalised[0] as string] ?? 'Unclassified';
}
