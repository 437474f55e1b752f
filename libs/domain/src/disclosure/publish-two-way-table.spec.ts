import type { GroupFigures, PublishedTwoWayTable, TwoWayTableInput } from './disclosure.types.js';
import { DisclosureInputError } from './disclosure-options.js';
import { publishTwoWayTable } from './publish-two-way-table.js';
import { sumGroups } from './__fixtures__/random-tables.js';
import { recoverByLinearAlgebra, twoWayAttackLines } from './__fixtures__/recovery-attacker.js';

function group(key: string, enrolments: number): GroupFigures {
  return {
    key,
    enrolments,
    counts: { sess_overall: enrolments * 20 },
    rates: { sess_overall_percent: { numerator: enrolments * 20, denominator: enrolments * 300 } },
  };
}

/** A table from its cells' enrolments, with totals that add up. */
function tableOf(sizes: number[][], sensitive = false): TwoWayTableInput {
  const cells = sizes.map((row, r) => row.map((size, c) => group(`r${r}c${c}`, size)));
  const columns = sizes[0]?.length ?? 0;
  return {
    cells,
    rowTotals: cells.map((row, r) => sumGroups(`r${r}`, row)),
    columnTotals: Array.from({ length: columns }, (_, c) =>
      sumGroups(
        `c${c}`,
        cells.map((row) => row[c] as GroupFigures),
      ),
    ),
    grandTotal: sumGroups('total', cells.flat()),
    sensitive,
  };
}

/** The pattern as a picture: `c` for a suppressed cell, `.` for a shown one; the last row and column are totals. */
function pattern(published: PublishedTwoWayTable): string[] {
  const mark = (cells: PublishedTwoWayTable['rowTotals']) =>
    cells.map((cell) => (cell.enrolments.symbol === 'c' ? 'c' : '.')).join('');
  return [
    ...published.cells.map(
      (row, r) => `${mark(row)}|${mark([published.rowTotals[r] as (typeof row)[number]])}`,
    ),
    `${mark(published.columnTotals)}|${mark([published.grandTotal])}`,
  ];
}

describe(publishTwoWayTable.name, () => {
  it('shows a table with no small cell in full, totals included', () => {
    const published = publishTwoWayTable(
      tableOf([
        [20, 30],
        [40, 50],
      ]),
    );
    expect(pattern(published)).toEqual(['..|.', '..|.', '..|.']);
    expect(published.columnTotals.map((cell) => cell.enrolments.value)).toEqual([60, 80]);
    expect(published.grandTotal.rates['sess_overall_percent']).toEqual({ value: 6.7, symbol: null });
  });

  it('hides one small cell in a rectangle of four, choosing the smallest partners', () => {
    const published = publishTwoWayTable(
      tableOf([
        [3, 20, 30],
        [25, 40, 50],
        [35, 45, 60],
      ]),
    );
    expect(pattern(published)).toEqual(['cc.|.', 'cc.|.', '...|.', '...|.']);
  });

  it('protects a small row total through the column of row totals', () => {
    // Row 0 is all small, so its total is suppressed too; the column of row totals then needs a partner.
    const published = publishTwoWayTable(
      tableOf([
        [2, 3],
        [30, 40],
        [50, 60],
      ]),
    );
    expect(pattern(published)).toEqual(['cc|c', 'cc|c', '..|.', '..|.']);
  });

  it('suppresses everything when the grand total is small', () => {
    const published = publishTwoWayTable(
      tableOf([
        [1, 2],
        [0, 1],
      ]),
    );
    expect(pattern(published)).toEqual(['cc|c', 'cc|c', 'cc|c']);
  });

  it('uses the sensitive threshold for a sensitive split', () => {
    const sizes = [
      [8, 40],
      [30, 50],
    ];
    expect(pattern(publishTwoWayTable(tableOf(sizes)))).toEqual(['..|.', '..|.', '..|.']);
    expect(pattern(publishTwoWayTable(tableOf(sizes, true)))).toEqual(['cc|.', 'cc|.', '..|.']);
  });

  it('handles a table with a single row, whose cells equal their column totals', () => {
    const published = publishTwoWayTable(tableOf([[3, 20, 30]]));
    expect(pattern(published)).toEqual(['cc.|.', 'cc.|.']);
  });

  it('leaves no cell that sums of several lines would give away', () => {
    // Two small cells far apart: rows and columns alone would pair each with its own partners; the published
    // pattern must also stand up to adding and subtracting whole lines.
    const input = tableOf([
      [2, 40, 41, 42, 43],
      [44, 45, 46, 47, 48],
      [49, 50, 3, 51, 52],
      [53, 54, 55, 56, 57],
    ]);
    const published = publishTwoWayTable(input);
    expect(recoverByLinearAlgebra(twoWayAttackLines(published), ['enrolments', 'sess_overall'])).toEqual([]);
  });

  it('rejects a table whose rows do not match its totals', () => {
    const input = tableOf([
      [20, 30],
      [40, 50],
    ]);
    const attempt = () =>
      publishTwoWayTable({ ...input, cells: [input.cells[0] as GroupFigures[], [group('x', 1)]] });
    expect(attempt).toThrow(DisclosureInputError);
    expect(attempt).toThrow('cells[1] must have one cell per column total (2), got 1');
    expect(() => publishTwoWayTable({ ...input, rowTotals: [], cells: [] })).toThrow(
      'rowTotals and columnTotals must each hold at least one group',
    );
    expect(() => publishTwoWayTable({ ...input, rowTotals: input.rowTotals.slice(1) })).toThrow(
      'cells must have one row per row total (1), got 2',
    );
  });

  it('names a bad cell by its place in the table', () => {
    const input = tableOf([
      [20, 30],
      [40, 50],
    ]);
    const bad = { ...group('r1c0', 40), enrolments: -1 };
    expect(() =>
      publishTwoWayTable({ ...input, cells: [input.cells[0] as GroupFigures[], [bad, group('r1c1', 50)]] }),
    ).toThrow('cells[1][0] ("r1c0") enrolments must be a whole number of 0 or more, got -1');
  });
});
