/** Shown wherever a rate has no denominator, so that a missing figure is never read as 0%. */
export const NO_DATA_TEXT = 'no data';

/** A percentage (0-100) to one decimal place, e.g. 93.4%; null or NaN becomes "no data". */
export function formatRate(rate: number | null | undefined): string {
  if (rate === null || rate === undefined || Number.isNaN(rate)) return NO_DATA_TEXT;
  return `${rate.toFixed(1)}%`;
}
