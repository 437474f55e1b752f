import type { GroupFigures } from './disclosure.types.js';
import { twoWayCycleComplement } from './two-way-cycle-complement.js';

// A 3 x 3 table with totals is a 4 x 4 grid; cell (row, column) is index row * 4 + column.
const shape = { rows: 3, columns: 3 };
const at = (row: number, column: number) => row * 4 + column;
const cells: GroupFigures[] = Array.from({ length: 16 }, (_, index) => ({
  key: `cell ${index}`,
  enrolments: 100 - index,
  counts: {},
  rates: {},
}));
const suppressing = (...indexes: number[]) =>
  Array.from({ length: 16 }, (_, index) => indexes.includes(index));

describe(twoWayCycleComplement.name, () => {
  it('needs nothing when the suppressed cells form a cycle', () => {
    expect(
      twoWayCycleComplement(shape, cells, suppressing(at(0, 0), at(0, 1), at(1, 0), at(1, 1))),
    ).toBeNull();
  });

  it('closes a cycle through a bridge joining two suppressed rectangles, with the smallest joining cell', () => {
    // Rectangles rows 0-1 x columns 0-1 and rows 2-3 x columns 2-3 (3 = totals), joined by (1, 2). The cells
    // joining the two sides are rows 0-1 x column 3 and rows 2-3 x columns 0-1; (3, 1) has the fewest enrolments.
    const suppressed = suppressing(
      at(0, 0),
      at(0, 1),
      at(1, 0),
      at(1, 1),
      at(1, 2),
      at(2, 2),
      at(2, 3),
      at(3, 2),
      at(3, 3),
    );
    expect(twoWayCycleComplement(shape, cells, suppressed)).toBe(at(3, 1));
  });

  it('refuses a lone suppressed cell, which the line rule must have handled first', () => {
    expect(() => twoWayCycleComplement(shape, cells, suppressing(at(1, 1)))).toThrow(
      'No cell closes a cycle through suppressed cell 5',
    );
  });
});
