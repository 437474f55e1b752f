import type { Bar, BarChartProps, BarReference } from '@attendance/web-ui';
import type { MeasureDimension } from '../../graphql/generated/graphql.js';
import { BREAKDOWN_LABELS } from '../../breakdown/breakdown-labels.js';
import { MEASURE_DEFINITIONS, measureRate } from './analysis-measures.js';
import {
  dimensionValueLabel,
  groupKey,
  type AnalysisGroup,
  type AnalysisTableInput,
} from './analysis-table-model.js';

/** "Year group" -> "year group", but "SEN provision" stays as it is (an acronym starts it). */
export function lowerFirst(label: string): string {
  return /^[A-Z][a-z]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}

/** "year group and sex": the breakdown in words, for titles. */
export function breakdownWords(dimensions: readonly MeasureDimension[]): string {
  return dimensions.map((dimension) => lowerFirst(BREAKDOWN_LABELS[dimension])).join(' and ');
}

export type AnalysisChartData = Pick<
  BarChartProps,
  'title' | 'groupHeader' | 'valueHeader' | 'unit' | 'bars' | 'series' | 'markerLabel' | 'references'
>;

/**
 * The chart of the same figures as the table, without subtotals or the total: one dimension is a bar per group;
 * two are grouped bars, a group per value of the first and a bar (series) per value of the second. Last year's
 * figures are each bar's marker; the LA total and published figures are reference lines.
 */
export function analysisChartData(input: AnalysisTableInput): AnalysisChartData {
  const { measure, dimensions, groups, comparison, schoolNames } = input;
  const label = MEASURE_DEFINITIONS[measure].label;
  const rate = (group: AnalysisGroup | undefined) => (group ? measureRate(group.measures, measure) : null);
  const lastYear =
    comparison.kind === 'last-year'
      ? new Map((comparison.groups ?? []).map((group) => [groupKey(group), group]))
      : undefined;
  const marker = (group: AnalysisGroup) => (lastYear ? [rate(lastYear.get(groupKey(group)))] : undefined);
  const references = chartReferences(input);
  const common = {
    title: `${label} by ${breakdownWords(dimensions)}`,
    groupHeader: BREAKDOWN_LABELS[dimensions[0]!],
    valueHeader: label,
    unit: 'rate' as const,
    references,
    ...(lastYear ? { markerLabel: 'Same dates last year' } : {}),
  };

  if (dimensions.length === 1) {
    const bars = groups
      .filter((group) => !group.all[0])
      .map((group): Bar => ({
        label: dimensionValueLabel(dimensions[0]!, group, 0, schoolNames),
        value: rate(group),
        ...(lastYear ? { markers: marker(group) } : {}),
      }));
    return { ...common, bars };
  }

  const [first, second] = dimensions as [MeasureDimension, MeasureDimension];
  const cells = new Map(
    groups.filter((group) => !group.all.some(Boolean)).map((group) => [groupKey(group), group]),
  );
  const secondValues = groups
    .filter((group) => group.all[0] && !group.all[1])
    .map((group) => group.keys[1] ?? null);
  const series = groups
    .filter((group) => group.all[0] && !group.all[1])
    .map((group) => dimensionValueLabel(second, group, 1, schoolNames));
  const bars = groups
    .filter((group) => !group.all[0] && group.all[1])
    .map((subtotal): Bar => {
      const cellsOfValue = secondValues.map((value) =>
        cells.get(groupKey({ keys: [subtotal.keys[0] ?? null, value], all: [false, false] })),
      );
      return {
        label: dimensionValueLabel(first, subtotal, 0, schoolNames),
        values: cellsOfValue.map(rate),
        ...(lastYear
          ? { markers: cellsOfValue.map((cell) => (cell ? rate(lastYear.get(groupKey(cell))) : null)) }
          : {}),
      };
    });
  return { ...common, bars, series };
}

function chartReferences({ comparison, groups, measure }: AnalysisTableInput): BarReference[] {
  if (comparison.kind === 'la') {
    const total = groups.find((group) => group.all.every(Boolean));
    return [{ label: 'LA total', value: total ? measureRate(total.measures, measure) : null }];
  }
  if (comparison.kind === 'published') {
    return comparison.areas.map((area) => ({
      label: area.label,
      value: area.figure.symbol === null ? area.figure.value : null,
    }));
  }
  return [];
}
