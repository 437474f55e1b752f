import { ETHNICITY_MAJOR_GROUPS } from '../cohort/ethnicity-major-groups.js';

// The values the DfE absence layout's label columns may hold, named as the DfE names them in "Pupil absence in
// schools in England" (explore-education-statistics): the annual "Absence by pupil characteristics" file splits
// rows by `breakdown_topic` and `breakdown` (2018/19 to 2024/25), and its main file by `school_type`. Where the
// DfE publishes no group for a value the product holds (a missing sex, nursery year groups, current social care
// flags rather than the DfE's "at 31 March" groups), the label below is this product's and says so.

/** Academic year or the part of it the figures cover, as the DfE's `time_identifier` names them. */
export const DFE_TIME_IDENTIFIERS = [
  'Academic year',
  'Autumn term',
  'Spring term',
  'Summer term',
  'Autumn and spring term',
] as const;

export type DfeTimeIdentifier = (typeof DFE_TIME_IDENTIFIERS)[number];

/** `2024` -> `'202425'`: the DfE's `time_period` for the academic year starting in that autumn. */
export function dfeTimePeriod(academicYearStart: number): string {
  return `${academicYearStart}${String((academicYearStart + 1) % 100).padStart(2, '0')}`;
}

/**
 * The DfE's `school_type` values in its absence files: phase groupings, with Total for all of them. (The
 * 2024/25 files call the column `education_phase`; the values are the same.)
 */
export const DFE_SCHOOL_TYPES = [
  'State-funded primary',
  'State-funded secondary',
  'Special',
  'Total',
] as const;

export type DfeSchoolType = (typeof DFE_SCHOOL_TYPES)[number];

/** The phases of the nightly export's `schools.csv` (README, "The nightly export formats"). */
export type ExportSchoolPhase = 'Primary' | 'Secondary' | 'Special' | 'All-through';

const SCHOOL_TYPE_BY_PHASE: Readonly<Record<ExportSchoolPhase, DfeSchoolType>> = {
  Primary: 'State-funded primary',
  Secondary: 'State-funded secondary',
  Special: 'Special',
  // The DfE's school census statistics count all-through schools with state-funded secondary.
  'All-through': 'State-funded secondary',
};

export function dfeSchoolTypeForPhase(phase: ExportSchoolPhase): DfeSchoolType {
  const schoolType = SCHOOL_TYPE_BY_PHASE[phase];
  if (schoolType === undefined) {
    throw new RangeError(
      `School phase "${String(phase)}" has no DfE school_type; expected one of ${Object.keys(SCHOOL_TYPE_BY_PHASE).join(', ')}`,
    );
  }
  return schoolType;
}

const yearGroups = [
  'Nursery 1',
  'Nursery 2',
  'Reception',
  ...Array.from({ length: 14 }, (_, index) => `Year ${index + 1}`),
] as const;

/**
 * Every `breakdown_topic` the product exports, with its `breakdown` values and what they mean. A topic's
 * breakdowns cover every pupil once, so a topic's rows add up to the Total row; "Unclassified" holds pupils
 * whose export left the value empty.
 */
export const DFE_CHARACTERISTICS = {
  Total: {
    description: 'All pupils in the group, not split.',
    breakdowns: ['Total'],
  },
  Sex: {
    description: 'Sex as recorded by the school (census codes F and M).',
    breakdowns: ['Female', 'Male', 'Unclassified'],
  },
  'Year group': {
    description:
      'National curriculum year (census N1, N2, R, 1 to 14). The statutory cohort is mostly Year 1 to Year 11; the others appear only when the export includes pupils outside it.',
    breakdowns: [...yearGroups, 'Unclassified'],
  },
  'FSM eligibility': {
    description: 'Eligible for free school meals on the day of the export (DfE wording).',
    breakdowns: ['FSM eligible', 'FSM not eligible', 'FSM unclassified'],
  },
  'SEN provision': {
    description: 'Special educational needs provision (census E, K, N).',
    breakdowns: ['EHC plan', 'SEN support', 'No identified SEN', 'Unclassified'],
  },
  'First language': {
    description: 'English as an additional language, as the DfE words it by first language.',
    breakdowns: [
      'Known or believed to be English',
      'Known or believed to be other than English',
      'Unclassified',
    ],
  },
  'Ethnicity major': {
    description: "Major ethnic group from the census ethnicity code (the domain's ethnicityMajorGroup).",
    breakdowns: ETHNICITY_MAJOR_GROUPS,
  },
  'Child in need': {
    description:
      "The school's current child in need flag; not the DfE's 'CINO at 31 March' group, which excludes CPP and CLA.",
    breakdowns: ['Child in need', 'Not child in need', 'Unclassified'],
  },
  'Child protection plan': {
    description: "The school's current child protection plan flag; not the DfE's 'CPPO at 31 March' group.",
    breakdowns: ['Child protection plan', 'No child protection plan', 'Unclassified'],
  },
  'Looked after': {
    description: "The school's current looked after flag; not the DfE's 'CLA 12 months at 31 March' group.",
    breakdowns: ['Looked after', 'Not looked after', 'Unclassified'],
  },
} as const;

export type DfeBreakdownTopic = keyof typeof DFE_CHARACTERISTICS;

/** One row's characteristic: a topic and one of that topic's breakdowns. */
export type DfeCharacteristic = {
  [Topic in DfeBreakdownTopic]: {
    topic: Topic;
    breakdown: (typeof DFE_CHARACTERISTICS)[Topic]['breakdowns'][number];
  };
}[DfeBreakdownTopic];

export const DFE_TOTAL_CHARACTERISTIC: DfeCharacteristic = { topic: 'Total', breakdown: 'Total' };

export function isDfeCharacteristic(value: { topic: string; breakdown: string }): value is DfeCharacteristic {
  if (!Object.hasOwn(DFE_CHARACTERISTICS, value.topic)) return false;
  const breakdowns: readonly string[] = DFE_CHARACTERISTICS[value.topic as DfeBreakdownTopic].breakdowns;
  return breakdowns.includes(value.breakdown);
}

/** The pupil fields a characteristic is read from; the names match analytics' measure dimensions. */
export const DFE_CHARACTERISTIC_DIMENSIONS = [
  'sex',
  'yearGroup',
  'fsm',
  'senProvision',
  'eal',
  'ethnicity',
  'cin',
  'cpp',
  'cla',
] as const;

export type DfeCharacteristicDimension = (typeof DFE_CHARACTERISTIC_DIMENSIONS)[number];

interface DimensionMapping {
  topic: DfeBreakdownTopic;
  /** Export value (as in the nightly pupils file) -> breakdown. */
  byValue: Readonly<Record<string, string>>;
  /** The breakdown for an empty value. */
  whenMissing: string;
}

const yesNo = (yes: string, no: string): Readonly<Record<string, string>> => ({ Y: yes, N: no });

const DIMENSION_MAPPINGS: Readonly<Record<DfeCharacteristicDimension, DimensionMapping>> = {
  sex: { topic: 'Sex', byValue: { F: 'Female', M: 'Male' }, whenMissing: 'Unclassified' },
  yearGroup: {
    topic: 'Year group',
    byValue: {
      N1: 'Nursery 1',
      N2: 'Nursery 2',
      R: 'Reception',
      ...Object.fromEntries(Array.from({ length: 14 }, (_, index) => [`${index + 1}`, `Year ${index + 1}`])),
    },
    whenMissing: 'Unclassified',
  },
  fsm: {
    topic: 'FSM eligibility',
    byValue: yesNo('FSM eligible', 'FSM not eligible'),
    whenMissing: 'FSM unclassified',
  },
  senProvision: {
    topic: 'SEN provision',
    byValue: { E: 'EHC plan', K: 'SEN support', N: 'No identified SEN' },
    whenMissing: 'Unclassified',
  },
  eal: {
    topic: 'First language',
    byValue: yesNo('Known or believed to be other than English', 'Known or believed to be English'),
    whenMissing: 'Unclassified',
  },
  ethnicity: {
    topic: 'Ethnicity major',
    byValue: Object.fromEntries(ETHNICITY_MAJOR_GROUPS.map((group) => [group, group])),
    whenMissing: 'Unclassified',
  },
  cin: {
    topic: 'Child in need',
    byValue: yesNo('Child in need', 'Not child in need'),
    whenMissing: 'Unclassified',
  },
  cpp: {
    topic: 'Child protection plan',
    byValue: yesNo('Child protection plan', 'No child protection plan'),
    whenMissing: 'Unclassified',
  },
  cla: {
    topic: 'Looked after',
    byValue: yesNo('Looked after', 'Not looked after'),
    whenMissing: 'Unclassified',
  },
};

/**
 * The DfE characteristic for a pupil field's value as the nightly export holds it (`sex` F/M, `nc_year`
 * N1/N2/R/1..14, `sen_provision` E/K/N, Y/N flags; ethnicity as its major group). Null or empty is the topic's
 * unclassified group; any other value throws, naming the field, the value and what was expected.
 */
export function dfeCharacteristicFor(
  dimension: DfeCharacteristicDimension,
  value: string | null | undefined,
): DfeCharacteristic {
  const mapping = DIMENSION_MAPPINGS[dimension];
  if (mapping === undefined) {
    throw new RangeError(
      `Unknown characteristic dimension "${String(dimension)}"; expected one of ${DFE_CHARACTERISTIC_DIMENSIONS.join(', ')}`,
    );
  }
  const key = value ?? '';
  const breakdown = key === '' ? mapping.whenMissing : mapping.byValue[key];
  if (breakdown === undefined) {
    throw new RangeError(
      `Value "${key}" of ${dimension} has no DfE breakdown; expected one of ${Object.keys(mapping.byValue).join(', ')} or empty`,
    );
  }
  return { topic: mapping.topic, breakdown } as DfeCharacteristic;
}
