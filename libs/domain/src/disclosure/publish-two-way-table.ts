import {
  DisclosureInputError,
  resolveDisclosureOptions,
  type DisclosureOptionsInput,
} from './disclosure-options.js';
import type {
  GroupFigures,
  PublishedGroup,
  PublishedTwoWayTable,
  TwoWayTableInput,
} from './disclosure.types.js';
import { checkTableGroups, type LocatedGroup } from './group-figures-checks.js';
import { publishGroupFigures } from './publish-cell.js';
import type { SuppressionLine } from './suppression-lines.js';
import { suppressionPattern } from './suppression-pattern.js';
import { twoWayCycleComplement, type GridShape } from './two-way-cycle-complement.js';

function checkShape(table: TwoWayTableInput): GridShape {
  const rows = table.rowTotals.length;
  const columns = table.columnTotals.length;
  const problems: string[] = [];
  if (rows === 0 || columns === 0)
    problems.push('rowTotals and columnTotals must each hold at least one group');
  if (table.cells.length !== rows)
    problems.push(`cells must have one row per row total (${rows}), got ${table.cells.length}`);
  table.cells.forEach((row, index) => {
    if (row.length !== columns) {
      problems.push(`cells[${index}] must have one cell per column total (${columns}), got ${row.length}`);
    }
  });
  if (problems.length > 0) throw new DisclosureInputError(problems);
  return { rows, columns };
}

/** The full grid row by row: each row's cells then its row total, and last the column totals then the grand total. */
function gridOf(table: TwoWayTableInput): LocatedGroup[] {
  const grid: LocatedGroup[] = [];
  table.cells.forEach((row, rowIndex) => {
    row.forEach((group, column) => grid.push({ path: `cells[${rowIndex}][${column}]`, group }));
    grid.push({ path: `rowTotals[${rowIndex}]`, group: table.rowTotals[rowIndex] as GroupFigures });
  });
  table.columnTotals.forEach((group, column) => grid.push({ path: `columnTotals[${column}]`, group }));
  grid.push({ path: 'grandTotal', group: table.grandTotal });
  return grid;
}

/** Each row with its row total, each column with its column total (the totals row and column included). */
function gridLines({ rows, columns }: GridShape): SuppressionLine[] {
  const at = (row: number, column: number) => row * (columns + 1) + column;
  const range = (length: number) => Array.from({ length }, (_, index) => index);
  const rowLines = range(rows + 1).map((row) => ({
    members: range(columns).map((column) => at(row, column)),
    total: at(row, columns),
  }));
  const columnLines = range(columns + 1).map((column) => ({
    members: range(rows).map((row) => at(row, column)),
    total: at(rows, column),
  }));
  return [...rowLines, ...columnLines];
}

/**
 * A two-way breakdown (e.g. year group x SEN provision) with row, column and grand totals, as an
 * aggregate-only audience may see it. No line may hold a lone suppressed cell, every suppressed cell must lie
 * on a cycle of suppressed cells (or sums of several lines would give it away), and no line's suppressed
 * cells may sum to "none" or "all" of a small group. The published column totals are the one-way breakdown
 * by the column characteristic: show that, not a separately protected one-way table, to the same audience.
 */
export function publishTwoWayTable(
  table: TwoWayTableInput,
  optionsInput?: DisclosureOptionsInput,
): PublishedTwoWayTable {
  const options = resolveDisclosureOptions(optionsInput);
  const shape = checkShape(table);
  const grid = gridOf(table);
  checkTableGroups(grid);
  const cells = grid.map(({ group }) => group);
  const suppressed = suppressionPattern(cells, gridLines(shape), table.sensitive, options, [
    (current) => twoWayCycleComplement(shape, cells, current),
  ]);
  const published = cells.map((cell, index) =>
    publishGroupFigures(cell, suppressed[index] === true, options),
  );
  const at = (row: number, column: number) => published[row * (shape.columns + 1) + column] as PublishedGroup;
  const range = (length: number) => Array.from({ length }, (_, index) => index);
  return {
    cells: range(shape.rows).map((row) => range(shape.columns).map((column) => at(row, column))),
    rowTotals: range(shape.rows).map((row) => at(row, shape.columns)),
    columnTotals: range(shape.columns).map((column) => at(shape.rows, column)),
    grandTotal: at(shape.rows, shape.columns),
  };
}
