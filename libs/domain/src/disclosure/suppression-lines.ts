import type { GroupFigures } from './disclosure.types.js';

/**
 * One sum a reader can check in a published table: `total` is the sum of `members` (indexes into the table's
 * cells), figure by figure. A row of a breakdown with its row total is a line; so is a column with its column
 * total, and the totals row with the grand total. Any line with exactly one unknown gives that unknown away.
 */
export interface SuppressionLine {
  members: readonly number[];
  total: number;
}

/**
 * Picks the complementary cell: the one with the fewest enrolments, so as little as possible is hidden; on a
 * tie the first by position, so the same table always gets the same pattern.
 */
export function smallestCell(candidates: Iterable<number>, cells: readonly GroupFigures[]): number | null {
  const enrolmentsOf = (index: number): number => (cells[index] as GroupFigures).enrolments;
  let best: number | null = null;
  for (const index of candidates) {
    const better =
      best === null ||
      enrolmentsOf(index) < enrolmentsOf(best) ||
      (enrolmentsOf(index) === enrolmentsOf(best) && index < best);
    if (better) best = index;
  }
  return best;
}

export const lineCells = (line: SuppressionLine): number[] => [...line.members, line.total];

/**
 * The first line holding exactly one suppressed cell (member or total) gets a second one: its unsuppressed
 * cell with the fewest enrolments. Returns the cell to suppress next, or null when no line has a lone one.
 */
export function loneSuppressedCellComplement(
  lines: readonly SuppressionLine[],
  cells: readonly GroupFigures[],
  suppressed: readonly boolean[],
): number | null {
  for (const line of lines) {
    const all = lineCells(line);
    const open = all.filter((index) => !suppressed[index]);
    if (all.length - open.length === 1) return smallestCell(open, cells);
  }
  return null;
}
