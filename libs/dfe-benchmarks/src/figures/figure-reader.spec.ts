import { figureReader } from './figure-reader.js';

describe('figureReader', () => {
  const read = figureReader(['a', 'b', 'c'], [1.5, 'c', null], 'file.csv E92000001 Total');

  it('reads numbers and symbols as published', () => {
    expect(read.required('a')).toBe(1.5);
    expect(read.required('b')).toBe('c');
    expect(read.optional('c')).toBeUndefined();
  });

  it('names the table, area and column when a figure or a column is missing', () => {
    expect(() => read.required('c')).toThrow(
      'file.csv E92000001 Total: no c figure, expected a number or a DfE symbol',
    );
    expect(() => read.optional('d')).toThrow('file.csv E92000001 Total: no column "d" (columns: a, b, c)');
  });
});
