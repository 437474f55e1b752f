import { DFE_REASON_COLUMNS } from '../measures/session-counts.js';
import { REGISTER_CODE_SETS } from '../register-codes/register-code-sets.js';
import type { DfeReasonColumn } from '../register-codes/register-code.types.js';
import { DFE_PERCENT_DECIMAL_PLACES } from './dfe-percent.js';

// The column layout of the DfE's "Pupil absence in schools in England" files, defined once, in order. This
// array is the documentation: COLUMNS.md is generated from it (dfe-absence-columns.spec.ts fails when the file
// is out of date). Names follow the DfE's annual release: the label columns and measures as the issue lists them,
// each reason's sessions as `sess_*`, and each reason's rate as `sess_*_rate` (the DfE's annual characteristics
// file's names for reason rates). Deliberately left out: the DfE's `num_schools`, `*_totalreasons` (equal to
// sess_authorised / sess_unauthorised / sess_overall here) and `*_pa_10_exact` session columns.

/** Label columns hold text; count columns whole numbers; percent columns a rate. Figures may hold a symbol. */
export type DfeColumnKind = 'text' | 'count' | 'percent';

export type DfeReasonRateColumn = `${DfeReasonColumn}_rate`;

export type DfeLabelColumnName =
  | 'time_period'
  | 'time_identifier'
  | 'geographic_level'
  | 'country_code'
  | 'country_name'
  | 'region_code'
  | 'region_name'
  | 'old_la_code'
  | 'new_la_code'
  | 'la_name'
  | 'school_urn'
  | 'school_name'
  | 'school_type'
  | 'breakdown_topic'
  | 'breakdown';

export type DfeCountColumnName =
  | 'enrolments'
  | 'sess_possible'
  | 'sess_overall'
  | 'sess_authorised'
  | 'sess_unauthorised'
  | 'enrolments_pa_10_exact'
  | 'enrolments_pa_50_exact'
  | DfeReasonColumn;

export type DfePercentColumnName =
  | 'sess_overall_percent'
  | 'sess_authorised_percent'
  | 'sess_unauthorised_percent'
  | 'enrolments_pa_10_exact_percent'
  | 'enrolments_pa_50_exact_percent'
  | DfeReasonRateColumn;

/** A column that holds a figure: a count or a rate, either of which may be written as a symbol instead. */
export type DfeFigureColumnName = DfeCountColumnName | DfePercentColumnName;

export type DfeAbsenceColumnName = DfeLabelColumnName | DfeFigureColumnName;

export type DfeAbsenceColumn =
  | { readonly name: DfeLabelColumnName; readonly kind: 'text'; readonly description: string }
  | { readonly name: DfeCountColumnName; readonly kind: 'count'; readonly description: string }
  | {
      readonly name: DfePercentColumnName;
      readonly kind: 'percent';
      readonly description: string;
      /** The rate is 100 x numerator / denominator, both count columns of the same row. */
      readonly numerator: DfeCountColumnName;
      readonly denominator: 'sess_possible' | 'enrolments';
    };

/** What each reason column counts; the codes are appended from the register code sets. */
const REASON_MEANINGS: Readonly<Record<DfeReasonColumn, string>> = {
  sess_auth_illness: 'Authorised absence for illness, not medical or dental appointments',
  sess_auth_appointments: 'Authorised absence for medical or dental appointments',
  sess_auth_religious: 'Authorised absence for religious observance',
  sess_auth_study: 'Authorised absence for study leave',
  sess_auth_traveller: 'Authorised absence of a Traveller child travelling for occupational purposes',
  sess_auth_holiday: 'Authorised absence for a holiday agreed by the school, a code withdrawn in 2024',
  sess_auth_ext_holiday: 'Authorised absence for an extended holiday, a code withdrawn in 2013',
  sess_auth_excluded: 'Authorised absence while excluded with no alternative provision made',
  sess_auth_other:
    "Authorised absence for other reasons, with C1, J1 and C2, which the DfE's 2024/25 files give columns of their own",
  sess_unauth_holiday: 'Unauthorised absence for a holiday not agreed, or longer than agreed',
  sess_unauth_late: 'Unauthorised absence: arrived after the register closed',
  sess_unauth_other: 'Unauthorised absence for other reasons',
  sess_unauth_noyet: 'Unauthorised absence with no reason provided yet',
};

/** The register codes, from both code sets, that count towards a reason column, in code-set order. */
function codesFor(column: DfeReasonColumn): string[] {
  const codes = REGISTER_CODE_SETS.flatMap((set) => set.codes)
    .filter((definition) => definition.reasonColumn === column)
    .map((definition) => definition.code);
  return [...new Set(codes)];
}

function codeList(column: DfeReasonColumn): string {
  const codes = codesFor(column);
  return codes.length === 1 ? `code ${codes[0]}` : `codes ${codes.join(', ')}`;
}

const dp = `${DFE_PERCENT_DECIMAL_PLACES} dp`;

function reasonCountColumn(column: DfeReasonColumn): DfeAbsenceColumn {
  return {
    name: column,
    kind: 'count',
    description: `${REASON_MEANINGS[column]} (${codeList(column)}): sessions.`,
  };
}

function reasonRateColumn(column: DfeReasonColumn): DfeAbsenceColumn {
  return {
    name: `${column}_rate`,
    kind: 'percent',
    description: `${REASON_MEANINGS[column]}: 100 x ${column} / sess_possible, ${dp}.`,
    numerator: column,
    denominator: 'sess_possible',
  };
}

export const DFE_ABSENCE_COLUMNS: readonly DfeAbsenceColumn[] = [
  { name: 'time_period', kind: 'text', description: 'Academic year as six digits: 202425 is 2024/25.' },
  {
    name: 'time_identifier',
    kind: 'text',
    description: 'The part of the year covered: Academic year, or a term (Autumn term, Spring term, ...).',
  },
  {
    name: 'geographic_level',
    kind: 'text',
    description: 'Local authority for a row about the whole LA, School for a row about one school.',
  },
  { name: 'country_code', kind: 'text', description: 'ONS country code: E92000001 for England.' },
  { name: 'country_name', kind: 'text', description: 'Country name: England.' },
  {
    name: 'region_code',
    kind: 'text',
    description: "ONS code of the LA's region (E12...; E13... for Inner or Outer London, as the DfE does).",
  },
  { name: 'region_name', kind: 'text', description: "Name of the LA's region." },
  { name: 'old_la_code', kind: 'text', description: "The LA's three-digit DfE code, e.g. 935." },
  { name: 'new_la_code', kind: 'text', description: "The LA's nine-character ONS code, e.g. E10000029." },
  { name: 'la_name', kind: 'text', description: "The LA's name." },
  {
    name: 'school_urn',
    kind: 'text',
    description: "The school's six-digit unique reference number; empty on Local authority rows.",
  },
  { name: 'school_name', kind: 'text', description: "The school's name; empty on Local authority rows." },
  {
    name: 'school_type',
    kind: 'text',
    description:
      'Phase grouping: State-funded primary, State-funded secondary, Special, or Total for all of them.',
  },
  {
    name: 'breakdown_topic',
    kind: 'text',
    description:
      'The pupil characteristic the row is split by (see Characteristics below); Total when not split.',
  },
  {
    name: 'breakdown',
    kind: 'text',
    description: 'The group within breakdown_topic the row counts; Total when not split.',
  },
  {
    name: 'enrolments',
    kind: 'count',
    description:
      'Enrolments with at least one possible session; a pupil on roll at two schools is two enrolments.',
  },
  {
    name: 'sess_possible',
    kind: 'count',
    description:
      'Possible sessions: present, approved educational activity, authorised and unauthorised absence.',
  },
  {
    name: 'sess_overall',
    kind: 'count',
    description: 'Overall absence sessions: sess_authorised + sess_unauthorised.',
  },
  { name: 'sess_authorised', kind: 'count', description: 'Authorised absence sessions.' },
  { name: 'sess_unauthorised', kind: 'count', description: 'Unauthorised absence sessions.' },
  {
    name: 'sess_overall_percent',
    kind: 'percent',
    description: `Overall absence rate: 100 x sess_overall / sess_possible, ${dp}.`,
    numerator: 'sess_overall',
    denominator: 'sess_possible',
  },
  {
    name: 'sess_authorised_percent',
    kind: 'percent',
    description: `Authorised absence rate: 100 x sess_authorised / sess_possible, ${dp}.`,
    numerator: 'sess_authorised',
    denominator: 'sess_possible',
  },
  {
    name: 'sess_unauthorised_percent',
    kind: 'percent',
    description: `Unauthorised absence rate: 100 x sess_unauthorised / sess_possible, ${dp}.`,
    numerator: 'sess_unauthorised',
    denominator: 'sess_possible',
  },
  {
    name: 'enrolments_pa_10_exact',
    kind: 'count',
    description: 'Persistent absentees: enrolments absent for 10% or more of their own possible sessions.',
  },
  {
    name: 'enrolments_pa_10_exact_percent',
    kind: 'percent',
    description: `Persistent absence rate: 100 x enrolments_pa_10_exact / enrolments, ${dp}.`,
    numerator: 'enrolments_pa_10_exact',
    denominator: 'enrolments',
  },
  {
    name: 'enrolments_pa_50_exact',
    kind: 'count',
    description: 'Severe absentees: enrolments absent for 50% or more of their own possible sessions.',
  },
  {
    name: 'enrolments_pa_50_exact_percent',
    kind: 'percent',
    description: `Severe absence rate: 100 x enrolments_pa_50_exact / enrolments, ${dp}.`,
    numerator: 'enrolments_pa_50_exact',
    denominator: 'enrolments',
  },
  ...DFE_REASON_COLUMNS.map(reasonCountColumn),
  ...DFE_REASON_COLUMNS.map(reasonRateColumn),
];

export const DFE_ABSENCE_COLUMN_NAMES: readonly DfeAbsenceColumnName[] = DFE_ABSENCE_COLUMNS.map(
  (column) => column.name,
);

/** One row of the layout: every column's cell as CSV-ready text. */
export type DfeAbsenceRow = Readonly<Record<DfeAbsenceColumnName, string>>;
