import { render, screen, within } from '@testing-library/react';
import { PublishedComparisonTable } from './published-comparison-table.js';
import { SymbolKey } from './symbol-key.js';

const symbols = [
  { symbol: 'c', meaning: 'Suppressed to protect confidentiality' },
  { symbol: 'low', meaning: 'Rounds to 0 but is not 0' },
  { symbol: 'z', meaning: 'Not applicable' },
];

describe(PublishedComparisonTable.name, () => {
  it('shows numbers formatted and suppressed cells as their symbol with the meaning, never a number', () => {
    render(
      <PublishedComparisonTable
        caption="Absence by year group"
        rowHeader="Year group"
        columns={[
          { header: 'Pupils', format: 'count' },
          { header: 'Overall absence: school', format: 'rate' },
          { header: 'Overall absence: LA', format: 'rate' },
        ]}
        rows={[
          {
            label: 'Year 7',
            figures: [
              { value: 1234, symbol: null },
              { value: 6.25, symbol: null },
              { value: 7.04, symbol: null },
            ],
          },
          {
            label: 'Year 8',
            figures: [
              { value: null, symbol: 'c' },
              { value: null, symbol: 'c' },
              { value: null, symbol: 'low' },
            ],
          },
        ]}
        symbols={symbols}
      />,
    );
    const table = screen.getByRole('table', { name: 'Absence by year group' });
    const [year7, year8] = within(table).getAllByRole('row').slice(1) as [HTMLElement, HTMLElement];
    expect(within(year7).getByRole('rowheader').textContent).toBe('Year 7');
    expect(
      within(year7)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['1,234', '6.3%', '7.0%']);
    const suppressed = within(year8).getAllByRole('cell');
    expect(suppressed[0]?.textContent).toBe('c (Suppressed to protect confidentiality)');
    expect(suppressed[0]?.querySelector('[title]')?.getAttribute('title')).toBe(
      'Suppressed to protect confidentiality',
    );
    expect(suppressed[2]?.textContent).toBe('low (Rounds to 0 but is not 0)');
    expect(suppressed.map((cell) => cell.textContent)).toEqual([
      'c (Suppressed to protect confidentiality)',
      'c (Suppressed to protect confidentiality)',
      'low (Rounds to 0 but is not 0)',
    ]);
  });
});

describe(SymbolKey.name, () => {
  it('lists the symbols used on the page with their meanings, or none at all', () => {
    const { rerender } = render(<SymbolKey symbols={symbols} used={new Set(['c', 'z'])} />);
    expect(screen.getByRole('heading', { name: 'Key to symbols' })).toBeDefined();
    expect(screen.getAllByRole('term').map((term) => term.textContent)).toEqual(['c', 'z']);
    expect(screen.getByText('Not applicable')).toBeDefined();
    rerender(<SymbolKey symbols={symbols} used={new Set()} />);
    expect(screen.queryByRole('heading', { name: 'Key to symbols' })).toBeNull();
  });
});
