import type { PublishedComparisonRow, PublishedFigureValue } from '@attendance/web-ui';
import type {
  GovernorComparisonsQuery,
  GovernorPublishedTableFragment,
  MeasureDimension,
} from '../../graphql/generated/graphql.js';

/** One of the DfE's social care groups, as `Comparisons.socialCare` names them. */
export type SocialCareGroup = 'CIN' | 'CPP' | 'CLA';

export interface GovernorCohort {
  dimension: MeasureDimension;
  title: string;
  rowHeader: string;
  /** The DfE group whose published England (and region) figures sit beside the cohort's "Y" row. */
  socialCareGroup?: SocialCareGroup;
}

/** The cohorts governors compare (issue 5); "social worker" is the three social care groups, each its own table
 * as the DfE publishes them (a pupil may be in more than one). */
export const GOVERNOR_COHORTS: readonly GovernorCohort[] = [
  { dimension: 'yearGroup', title: 'By year group', rowHeader: 'Year group' },
  { dimension: 'senProvision', title: 'By special educational needs', rowHeader: 'SEN provision' },
  { dimension: 'fsm', title: 'By free school meals eligibility', rowHeader: 'Free school meals' },
  {
    dimension: 'cin',
    title: 'By social worker involvement: child in need',
    rowHeader: 'Child in need',
    socialCareGroup: 'CIN',
  },
  {
    dimension: 'cpp',
    title: 'By social worker involvement: child protection plan',
    rowHeader: 'Child protection plan',
    socialCareGroup: 'CPP',
  },
  {
    dimension: 'cla',
    title: 'By social worker involvement: looked after',
    rowHeader: 'Looked after',
    socialCareGroup: 'CLA',
  },
  { dimension: 'sex', title: 'By sex', rowHeader: 'Sex' },
  { dimension: 'ethnicity', title: 'By ethnicity (major group)', rowHeader: 'Ethnic group' },
];

const KEY_LABELS: Readonly<Partial<Record<MeasureDimension, Readonly<Record<string, string>>>>> = {
  senProvision: { N: 'No special educational needs', K: 'SEN support', E: 'Education, health and care plan' },
  fsm: { Y: 'Eligible', N: 'Not eligible' },
  cin: { Y: 'Child in need', N: 'Not a child in need' },
  cpp: { Y: 'On a child protection plan', N: 'Not on a child protection plan' },
  cla: { Y: 'Looked after', N: 'Not looked after' },
  sex: { F: 'Female', M: 'Male' },
};

/** A group's value as governors read it: "Year 7", "SEN support", "Not recorded" rather than a blank. */
export function cohortKeyLabel(dimension: MeasureDimension, key: string | null | undefined): string {
  if (key === null || key === undefined || key === '') return 'Not recorded';
  if (dimension === 'yearGroup') {
    if (key === 'R') return 'Reception';
    return /^\d+$/.test(key) ? `Year ${key}` : key;
  }
  return KEY_LABELS[dimension]?.[key] ?? key;
}

type PublishedRow = GovernorPublishedTableFragment['rows'][number];

/** The DfE's published figures for one social care group and area (annual census, full year). */
export type PublishedSocialCare =
  GovernorComparisonsQuery['schoolOverview']['comparisons']['socialCare'][number];

/**
 * Published figures a cohort table shows: [school, LA] for each, then the DfE's region and England figures
 * for a social care group (`published` names the same measure in `Comparisons.socialCare`).
 */
export const COHORT_FIGURES = [
  { name: 'sess_overall_percent', header: 'Overall absence', published: 'overallAbsenceRate' },
  {
    name: 'enrolments_pa_10_exact_percent',
    header: 'Persistent absence',
    published: 'persistentAbsenceRate',
  },
] as const;

/** The key of the cohort's group the DfE publishes (the "Y" of cin, cpp, cla); other rows have no figure. */
const PUBLISHED_GROUP_KEY = 'Y';

/**
 * The DfE's figures beside a social care cohort, region (when the LA's region is known) then England; none for
 * the other cohorts. The LA's own published figures are left out: the table already has the LA's registers.
 */
export function socialCareComparisonsFor(
  group: SocialCareGroup | undefined,
  socialCare: readonly PublishedSocialCare[],
): PublishedSocialCare[] {
  if (group === undefined) return [];
  return ['REGION', 'ENGLAND'].flatMap((level) =>
    socialCare.filter((comparison) => comparison.group === group && comparison.level === level),
  );
}

/** What a published column is, in its header: "England, 2024/25 full academic year, annual school census". */
export function socialCareColumnLabel(comparison: PublishedSocialCare): string {
  return `${comparison.areaName}, ${comparison.academicYear} ${comparison.periodLabel.toLowerCase()}, ${comparison.methodLabel.toLowerCase()}`;
}

const UNAVAILABLE: PublishedFigureValue = { value: null, symbol: 'x' };

export function figureOf(row: PublishedRow | undefined, name: string): PublishedFigureValue {
  return row?.figures.find((figure) => figure.name === name)?.figure ?? UNAVAILABLE;
}

/** The total row of a published table (every dimension `all`): the school's or the LA's headline. */
export function totalRow(table: GovernorPublishedTableFragment): PublishedRow | undefined {
  return table.rows.find((row) => row.all.every(Boolean));
}

/**
 * One row per group of the school's table (in the API's order), beside the LA's figures for the same group:
 * pupils, then each figure for the school, the LA and each published area. A group the LA table lacks shows
 * `x`, as does a published area's cell on any row but the group the DfE publishes.
 */
export function cohortComparisonRows(
  dimension: MeasureDimension,
  school: GovernorPublishedTableFragment,
  la: GovernorPublishedTableFragment,
  published: readonly PublishedSocialCare[] = [],
): PublishedComparisonRow[] {
  const laByKey = new Map(la.rows.filter((row) => !row.all[0]).map((row) => [row.keys[0] ?? null, row]));
  return school.rows
    .filter((row) => !row.all[0])
    .map((row) => {
      const laRow = laByKey.get(row.keys[0] ?? null);
      return {
        label: cohortKeyLabel(dimension, row.keys[0]),
        figures: [
          row.enrolments,
          ...COHORT_FIGURES.flatMap((figure) => [
            figureOf(row, figure.name),
            figureOf(laRow, figure.name),
            ...published.map((comparison) =>
              row.keys[0] === PUBLISHED_GROUP_KEY ? comparison[figure.published] : UNAVAILABLE,
            ),
          ]),
        ],
      };
    });
}

/** Every symbol that appears in these rows, so the key lists only what the reader sees. */
export function symbolsUsed(rows: readonly PublishedComparisonRow[]): Set<string> {
  return new Set(
    rows.flatMap((row) => row.figures.flatMap((figure) => (figure.symbol ? [figure.symbol] : []))),
  );
}
