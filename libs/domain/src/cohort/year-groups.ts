// National curriculum year groups as the school census and the nightly pupils file write them, youngest first:
// nursery (N1, N2), reception (R), then years 1 to 14. Sorting them as text puts Year 10 before Year 5, so
// every ordering by year group goes by position in this list.

export const NC_YEAR_GROUPS: readonly string[] = [
  'N1',
  'N2',
  'R',
  ...Array.from({ length: 14 }, (_, index) => String(index + 1)),
];

/** Position of a year group in NC_YEAR_GROUPS (youngest 0); unknown or missing values sort last. */
export function yearGroupOrder(ncYear: string | null | undefined): number {
  const index = ncYear === null || ncYear === undefined ? -1 : NC_YEAR_GROUPS.indexOf(ncYear.trim());
  return index === -1 ? NC_YEAR_GROUPS.length : index;
}
