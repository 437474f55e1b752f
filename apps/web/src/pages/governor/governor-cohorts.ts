import type { PublishedComparisonRow, PublishedFigureValue } from '@attendance/web-ui';
import type { GovernorPublishedTableFragment, MeasureDimension } from '../../graphql/generated/graphql.js';

/** The cohorts governors compare (issue 5); "social worker" is the three social care groups, each its own table
 * as the DfE publishes them (a pupil may be in more than one). */
export const GOVERNOR_COHORTS: readonly { dimension: MeasureDimension; title: string; rowHeader: string }[] =
  [
    { dimension: 'yearGroup', title: 'By year group', rowHeader: 'Year group' },
    { dimension: 'senProvision', title: 'By special educational needs', rowHeader: 'SEN provision' },
    { dimension: 'fsm', title: 'By free school meals eligibility', rowHeader: 'Free school meals' },
    { dimension: 'cin', title: 'By social worker involvement: child in need', rowHeader: 'Child in need' },
    {
      dimension: 'cpp',
      title: 'By social worker involvement: child protection plan',
      rowHeader: 'Child protection plan',
    },
    { dimension: 'cla', title: 'By social worker involvement: looked after', rowHeader: 'Looked after' },
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

/** Published figures a cohort table shows: [school, LA] for each. */
export const COHORT_FIGURES = [
  { name: 'sess_overall_percent', header: 'Overall absence' },
  { name: 'enrolments_pa_10_exact_percent', header: 'Persistent absence' },
] as const;

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
 * pupils, then each figure for the school and for the LA. A group the LA table lacks shows `x`.
 */
export function cohortComparisonRows(
  dimension: MeasureDimension,
  school: GovernorPublishedTableFragment,
  la: GovernorPublishedTableFragment,
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
          ...COHORT_FIGURES.flatMap((figure) => [figureOf(row, figure.name), figureOf(laRow, figure.name)]),
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
