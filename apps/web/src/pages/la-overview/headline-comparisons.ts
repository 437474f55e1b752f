import { DFE_SYMBOLS, isDfeSymbol } from '@attendance/domain';
import { formatDate, type HeadlineComparison } from '@attendance/web-ui';
import type { HeadlineChange, HeadlineChanges, PublishedComparison } from './la-overview.types.js';

// The lines under each headline card: how the rate moved since last week and since the same point last year
// (worked out by the API), and the gap to the region's and England's published figures, each labelled with
// its source, year and method, as daily data and the census count differently.

export type HeadlineRateField = keyof HeadlineChange['changes'] & keyof PublishedComparison;

/** Percentage points to one decimal place, in words a reader does not have to decode a sign for. */
export function describeChange(points: number): string {
  const rounded = Math.round(points * 10) / 10;
  if (rounded === 0) return 'no change (less than 0.05 percentage points)';
  return `${rounded > 0 ? 'up' : 'down'} ${Math.abs(rounded).toFixed(1)} percentage points`;
}

/** The gap of the LA's rate to a published one, to one decimal place. */
export function describeGap(points: number): string {
  const rounded = Math.round(points * 10) / 10;
  if (rounded === 0) return 'the same (within 0.05 percentage points)';
  return `${Math.abs(rounded).toFixed(1)} percentage points ${rounded > 0 ? 'higher' : 'lower'}`;
}

function changeLine(
  label: string,
  change: HeadlineChange | null,
  rate: HeadlineRateField,
  missing: string,
): HeadlineComparison {
  if (change === null || !change.hasData) return { label, text: missing };
  const points = change.changes[rate];
  return {
    label,
    text: points === null ? 'no figure to compare' : describeChange(points),
    source: `Compared with ${formatDate(change.from)} to ${formatDate(change.to)}`,
  };
}

function gapLine(
  own: number | null,
  published: PublishedComparison,
  rate: HeadlineRateField,
): HeadlineComparison {
  const label = `Gap to ${published.areaName} (${published.methodLabel})`;
  const source = `DfE ${published.methodLabel.toLowerCase()}, ${published.academicYear}, ${published.periodLabel}`;
  const figure = published[rate];
  if (figure.value === null) {
    const symbol = figure.symbol ?? 'x';
    const meaning = isDfeSymbol(symbol) ? ` (${DFE_SYMBOLS[symbol]})` : '';
    return { label, text: `published as ${symbol}${meaning}`, source };
  }
  if (own === null) return { label, text: 'no LA figure to compare', source };
  return { label, text: describeGap(own - figure.value), source };
}

/** The comparison lines of one headline rate. */
export function headlineComparisons(
  rate: HeadlineRateField,
  own: number | null,
  changes: HeadlineChanges,
  published: readonly PublishedComparison[],
): HeadlineComparison[] {
  return [
    changeLine('Since last week', changes.sinceLastWeek, rate, 'no earlier week in this period'),
    changeLine('Since the same point last year', changes.samePointLastYear, rate, 'no data last year'),
    ...published
      .filter((area) => area.level === 'REGION' || area.level === 'ENGLAND')
      .map((area) => gapLine(own, area, rate)),
  ];
}
