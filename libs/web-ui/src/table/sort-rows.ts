export type SortDirection = 'ascending' | 'descending';

/** What a column sorts by: text, a number, or null for "no data". */
export type SortValue = string | number | null;

const textCollator = new Intl.Collator('en-GB', { numeric: true, sensitivity: 'base' });

function compareValues(first: string | number, second: string | number): number {
  if (typeof first === 'number' && typeof second === 'number') return first - second;
  return textCollator.compare(String(first), String(second));
}

/**
 * Rows ordered by one value. Rows with no value go last in both directions, so "no data" never passes for the
 * lowest or highest figure; equal values keep their original order.
 */
export function sortRows<Row>(
  rows: readonly Row[],
  sortValue: (row: Row) => SortValue,
  direction: SortDirection,
): Row[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, value: sortValue(row) }))
    .sort((first, second) => {
      if (first.value === null || second.value === null) {
        if (first.value === second.value) return first.index - second.index;
        return first.value === null ? 1 : -1;
      }
      return sign * compareValues(first.value, second.value) || first.index - second.index;
    })
    .map(({ row }) => row);
}
