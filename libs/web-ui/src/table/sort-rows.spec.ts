import { sortRows, type SortDirection, type SortValue } from './sort-rows.js';

interface Row {
  id: string;
  value: SortValue;
}

const rowsOf = (values: SortValue[]): Row[] => values.map((value, index) => ({ id: `row${index}`, value }));

describe(sortRows.name, () => {
  it.each<{ name: string; values: SortValue[]; direction: SortDirection; expected: SortValue[] }>([
    { name: 'numbers ascending', values: [3, 1, 2], direction: 'ascending', expected: [1, 2, 3] },
    { name: 'numbers descending', values: [3, 1, 2], direction: 'descending', expected: [3, 2, 1] },
    {
      name: 'numbers by value, not text',
      values: [10, 9, 100],
      direction: 'ascending',
      expected: [9, 10, 100],
    },
    {
      name: 'text ignoring case',
      values: ['beech', 'Ash', 'cedar'],
      direction: 'ascending',
      expected: ['Ash', 'beech', 'cedar'],
    },
    {
      name: 'digits in text numerically',
      values: ['Year 10', 'Year 9'],
      direction: 'ascending',
      expected: ['Year 9', 'Year 10'],
    },
    { name: 'nulls last ascending', values: [null, 2, 1], direction: 'ascending', expected: [1, 2, null] },
    { name: 'nulls last descending', values: [1, null, 2], direction: 'descending', expected: [2, 1, null] },
  ])('sorts $name', ({ values, direction, expected }) => {
    const sorted = sortRows(rowsOf(values), (row) => row.value, direction);
    expect(sorted.map((row) => row.value)).toEqual(expected);
  });

  it('keeps the original order of equal values in both directions', () => {
    const rows = rowsOf([5, null, 5, null, 5]);
    const ascending = sortRows(rows, (row) => row.value, 'ascending');
    const descending = sortRows(rows, (row) => row.value, 'descending');
    expect(ascending.map((row) => row.id)).toEqual(['row0', 'row2', 'row4', 'row1', 'row3']);
    expect(descending.map((row) => row.id)).toEqual(['row0', 'row2', 'row4', 'row1', 'row3']);
  });

  it('does not change the rows it was given', () => {
    const rows = rowsOf([2, 1]);
    sortRows(rows, (row) => row.value, 'ascending');
    expect(rows.map((row) => row.value)).toEqual([2, 1]);
  });
});
