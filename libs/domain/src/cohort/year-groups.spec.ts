import { NC_YEAR_GROUPS, yearGroupOrder } from './year-groups.js';

describe(yearGroupOrder.name, () => {
  it('orders nursery, reception and years 1 to 14 by age, not as text', () => {
    const shuffled = ['10', 'R', '5', 'N2', '1', '14', 'N1', '9'];
    expect([...shuffled].sort((a, b) => yearGroupOrder(a) - yearGroupOrder(b))).toEqual([
      'N1',
      'N2',
      'R',
      '1',
      '5',
      '9',
      '10',
      '14',
    ]);
  });

  it('puts unknown and missing year groups last', () => {
    expect(yearGroupOrder('X')).toBe(NC_YEAR_GROUPS.length);
    expect(yearGroupOrder(null)).toBe(NC_YEAR_GROUPS.length);
    expect(yearGroupOrder(' 7 ')).toBe(yearGroupOrder('7'));
  });
});
