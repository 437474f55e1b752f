import type { DisclosureOptions } from './disclosure-options.js';
import type { GroupFigures } from './disclosure.types.js';
import { primarySuppressionReason } from './primary-suppression.js';
import { loneSuppressedCellComplement, type SuppressionLine } from './suppression-lines.js';
import { zeroOrAllComplement } from './zero-or-all-complement.js';

/** Returns the next cell to suppress under one rule, or null when the rule is satisfied. */
export type ComplementRule = (suppressed: readonly boolean[]) => number | null;

/**
 * Which cells of a table to suppress: primary suppression cell by cell, then complementary cells one at a
 * time until every rule holds. After each added cell the rules start again from the first, because a new
 * suppressed cell can leave another line with a lone one. It ends: each round adds a cell, and a table with
 * every cell suppressed satisfies every rule.
 *
 * `shapeRules` run between the lone-cell rule and the zero-or-all rule (the two-way table's cycle rule, which
 * relies on no line holding a lone suppressed cell).
 */
export function suppressionPattern(
  cells: readonly GroupFigures[],
  lines: readonly SuppressionLine[],
  sensitive: boolean,
  options: DisclosureOptions,
  shapeRules: readonly ComplementRule[] = [],
): boolean[] {
  const suppressed = cells.map((cell) => primarySuppressionReason(cell, sensitive, options) !== null);
  const rules: ComplementRule[] = [
    (current) => loneSuppressedCellComplement(lines, cells, current),
    ...shapeRules,
    (current) => zeroOrAllComplement(lines, cells, current, options),
  ];
  for (;;) {
    let next: number | null = null;
    for (const rule of rules) {
      next = rule(suppressed);
      if (next !== null) break;
    }
    if (next === null) return suppressed;
    suppressed[next] = true;
  }
}
