import type { DisclosureOptions } from './disclosure-options.js';
import type { GroupFigures } from './disclosure.types.js';
import { smallestCell, type SuppressionLine } from './suppression-lines.js';

// Suppressing two cells of a line hides each of them, but the reader still knows their sum (the total less
// the shown siblings). If that sum of a count is zero, both cells must be zero: "none of the 4 looked-after
// pupils in Year 9 is persistently absent" comes back although the cell was suppressed. The same holds when
// the sum of a rate's numerators equals the sum of its denominators (every pupil). This rule adds a cell to
// such a line, one that breaks the zero or the "all": a shown member whose figure is above zero (or below
// its denominator). Only for lines whose total is shown (otherwise the reader has no sum) and which hide a
// cell small enough for the 0%/100% rule to protect (an empty cell has no pupil to protect). When no shown
// member has such a figure, the shown total is itself zero (or 100%), which the rule allows for a group of
// that size, so nothing is added.

type CellTest = (cell: GroupFigures) => boolean;

/** Given the suppressed cells of a line: null when their sums reveal nothing, else which shown cell would fix it. */
type ZeroOrAllCheck = (hidden: readonly GroupFigures[]) => CellTest | null;

const sumOf = (cells: readonly GroupFigures[], figure: (cell: GroupFigures) => number): number =>
  cells.reduce((sum, cell) => sum + figure(cell), 0);

// A figure that is not available (null) is counted as zero: that can only add cells, never miss a zero.
function zeroOrAllChecks(template: GroupFigures): ZeroOrAllCheck[] {
  const countChecks = Object.keys(template.counts).map((name): ZeroOrAllCheck => {
    const count = (cell: GroupFigures) => cell.counts[name] ?? 0;
    return (hidden) => (sumOf(hidden, count) === 0 ? (cell) => count(cell) > 0 : null);
  });
  const rateChecks = Object.keys(template.rates).map((name): ZeroOrAllCheck => {
    const numerator = (cell: GroupFigures) => cell.rates[name]?.numerator ?? 0;
    const denominator = (cell: GroupFigures) => cell.rates[name]?.denominator ?? 0;
    return (hidden) => {
      const numerators = sumOf(hidden, numerator);
      const denominators = sumOf(hidden, denominator);
      if (denominators === 0) return null;
      if (numerators === 0) return (cell) => numerator(cell) > 0;
      if (numerators === denominators) return (cell) => numerator(cell) < denominator(cell);
      return null;
    };
  });
  return [...countChecks, ...rateChecks];
}

/**
 * The next cell to suppress so that no line's suppressed cells sum to "none" or "all" of a figure, or null
 * when no line does.
 */
export function zeroOrAllComplement(
  lines: readonly SuppressionLine[],
  cells: readonly GroupFigures[],
  suppressed: readonly boolean[],
  options: DisclosureOptions,
): number | null {
  const [template] = cells;
  if (!template) return null;
  const checks = zeroOrAllChecks(template);
  for (const line of lines) {
    if (suppressed[line.total]) continue;
    const hidden = line.members
      .filter((index) => suppressed[index])
      .map((index) => cells[index] as GroupFigures);
    const small = (cell: GroupFigures) =>
      cell.enrolments > 0 && cell.enrolments < options.minimumGroupSizeForZeroOrAll;
    if (!hidden.some(small)) continue;
    const shown = line.members.filter((index) => !suppressed[index]);
    for (const check of checks) {
      const fixes = check(hidden);
      if (!fixes) continue;
      const complement = smallestCell(
        shown.filter((index) => fixes(cells[index] as GroupFigures)),
        cells,
      );
      if (complement !== null) return complement;
    }
  }
  return null;
}
