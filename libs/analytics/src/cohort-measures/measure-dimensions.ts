import {
  ETHNICITY_CODES_BY_MAJOR_GROUP,
  ETHNICITY_GROUP_BY_FIRST_LETTER,
  ETHNICITY_MAJOR_GROUPS,
} from '@attendance/domain';

/** What a cohort's figures can be broken down by (any one, or any pair). */
export const MEASURE_DIMENSIONS = [
  'school',
  'phase',
  'schoolType',
  'yearGroup',
  'sex',
  'fsm',
  'senProvision',
  'eal',
  'ethnicity',
  'cin',
  'cpp',
  'cla',
] as const;

export type MeasureDimension = (typeof MEASURE_DIMENSIONS)[number];

export interface MeasureDimensionDefinition {
  label: string;
  /** SQL over the enrolment (`e`) and its school (`s`), giving the group's text key (NULL: not recorded). */
  keySql: string;
  /**
   * Splits the DfE and this product's disclosure rules protect more (SEN, social care, ethnicity): their
   * cells need at least 10 pupils, where others need 6.
   */
  sensitive: boolean;
}

const yesNo = (column: string) => `CASE e.${column} WHEN true THEN 'Y' WHEN false THEN 'N' END`;

/** The domain's ethnicityMajorGroup as SQL, generated from its tables: main codes, then an extended code's letter. */
function ethnicityGroupSql(): string {
  const code = 'upper(trim(e.ethnicity))';
  const main = ETHNICITY_MAJOR_GROUPS.flatMap((group) =>
    ETHNICITY_CODES_BY_MAJOR_GROUP[group].map((mainCode) => `WHEN '${mainCode}' THEN '${group}'`),
  ).join(' ');
  const byLetter = Object.entries(ETHNICITY_GROUP_BY_FIRST_LETTER)
    .map(([letter, group]) => `WHEN '${letter}' THEN '${group}'`)
    .join(' ');
  return `CASE ${code} ${main} ELSE CASE WHEN length(${code}) = 4 THEN CASE left(${code}, 1) ${byLetter}
    ELSE 'Unclassified' END ELSE 'Unclassified' END END`;
}

export const MEASURE_DIMENSION_DEFINITIONS: Readonly<Record<MeasureDimension, MeasureDimensionDefinition>> = {
  school: { label: 'School', keySql: 's.urn', sensitive: false },
  phase: { label: 'Phase', keySql: 's.phase', sensitive: false },
  schoolType: { label: 'School type', keySql: 's.type', sensitive: false },
  yearGroup: { label: 'Year group', keySql: 'e.nc_year', sensitive: false },
  sex: { label: 'Sex', keySql: 'e.sex', sensitive: false },
  fsm: { label: 'Free school meals eligible', keySql: yesNo('fsm_eligible'), sensitive: false },
  senProvision: { label: 'SEN provision', keySql: 'e.sen_provision', sensitive: true },
  eal: { label: 'English as an additional language', keySql: yesNo('eal'), sensitive: false },
  ethnicity: { label: 'Ethnicity (major group)', keySql: ethnicityGroupSql(), sensitive: true },
  cin: { label: 'Child in need', keySql: yesNo('cin'), sensitive: true },
  cpp: { label: 'Child protection plan', keySql: yesNo('cpp'), sensitive: true },
  cla: { label: 'Looked after', keySql: yesNo('cla'), sensitive: true },
};
