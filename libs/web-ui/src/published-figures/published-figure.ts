import { formatCount } from '../format/format-count.js';
import { formatRate } from '../format/format-rate.js';

/** A disclosure-controlled figure as the API publishes it: a number, or a symbol (c, low, x, z, u...) instead. */
export interface PublishedFigureValue {
  value: number | null;
  symbol: string | null;
}

/** What a symbol means, as the API explains it (the key shown beside every table of published figures). */
export interface SymbolMeaning {
  symbol: string;
  meaning: string;
}

export type PublishedFigureFormat = 'rate' | 'count';

/** The figure's number formatted, or null when a symbol stands in its place. */
export function formatPublishedValue(
  figure: PublishedFigureValue,
  format: PublishedFigureFormat,
): string | null {
  if (figure.symbol !== null || figure.value === null) return null;
  return format === 'rate' ? formatRate(figure.value) : formatCount(figure.value);
}
