import { render, screen, within } from '@testing-library/react';
import { childrenAtEachMilestone, MilestoneSummary } from './milestone-summary.js';

const reaches = [
  { days: 6, reached: 40 },
  { days: 3, reached: 1250 },
  { days: 20, reached: 2 },
  { days: 10, reached: 11 },
];

describe(childrenAtEachMilestone.name, () => {
  it('counts each child at its highest milestone only', () => {
    expect(childrenAtEachMilestone(reaches).map(({ days, atMilestone }) => [days, atMilestone])).toEqual([
      [3, 1210],
      [6, 29],
      [10, 9],
      [20, 2],
    ]);
  });
});

describe(MilestoneSummary.name, () => {
  it('shows a row per milestone in order with both counts and a filter link, marking the one shown', () => {
    render(
      <MilestoneSummary
        reaches={reaches}
        selected={10}
        renderFilterLink={(days, children) => <a href={`/cme?milestone=${days}`}>{children}</a>}
      />,
    );
    const table = screen.getByRole('table', { name: 'Children at each milestone' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      ),
    ).toEqual([
      ['1,210', '1,250'],
      ['29', '40'],
      ['9', '11'],
      ['2', '2'],
    ]);
    expect(
      within(rows[0] as HTMLElement)
        .getByRole('link', { name: 'Day 3' })
        .getAttribute('href'),
    ).toBe('/cme?milestone=3');
    expect(rows[2]?.getAttribute('aria-current')).toBe('true');
    expect(rows[0]?.hasAttribute('aria-current')).toBe(false);
  });
});
