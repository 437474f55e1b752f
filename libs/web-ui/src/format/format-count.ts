const countFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/** A whole number with thousands separators, e.g. 12,345. */
export function formatCount(count: number): string {
  return countFormat.format(count);
}
