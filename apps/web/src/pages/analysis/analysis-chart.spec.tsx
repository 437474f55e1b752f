import { render, screen, within } from '@testing-library/react';
import { group, YEAR_BY_SEX } from './__fixtures__/analysis-groups.js';
import { AnalysisChart } from './analysis-chart.js';

/** A chart's data table (inside its closed details) as rows of cell text. */
function chartRows(name: string): string[][] {
  const table = screen.getByRole('table', { name, hidden: true });
  return within(table)
    .getAllByRole('row', { hidden: true })
    .map((row) => Array.from(row.querySelectorAll('th, td'), (cell) => cell.textContent ?? ''));
}

const BY_YEAR = [
  group(['*'], { enrolments: 40, possible: 4000, authorised: 200, unauthorised: 100 }),
  group(['7'], { enrolments: 30, possible: 3000, authorised: 150, unauthorised: 90 }),
  group(['8'], { enrolments: 10, possible: 1000, authorised: 50, unauthorised: 10 }),
];

describe(AnalysisChart.name, () => {
  it('draws a bar per group of one dimension, not the total, with last year as each bar’s marker', () => {
    render(
      <AnalysisChart
        measure="overall-absence"
        dimensions={['yearGroup']}
        groups={BY_YEAR}
        comparison={{
          kind: 'last-year',
          groups: [group(['7'], { enrolments: 30, possible: 3000, authorised: 60, unauthorised: 30 })],
        }}
      />,
    );
    expect(chartRows('Overall absence by year group')).toEqual([
      ['Year group', 'Overall absence', 'Same dates last year'],
      ['Year 7', '8.0%', '3.0%'],
      ['Year 8', '6.0%', 'no data'],
    ]);
  });

  it('groups two dimensions: a group per first value, a bar per second, the LA total as a reference', () => {
    const { container } = render(
      <AnalysisChart
        measure="overall-absence"
        dimensions={['yearGroup', 'sex']}
        groups={YEAR_BY_SEX}
        comparison={{ kind: 'la' }}
      />,
    );
    expect(chartRows('Overall absence by year group and sex')).toEqual([
      ['Year group', 'Female', 'Male'],
      ['Year 7', '6.0%', '10.0%'],
      ['Year 8', '6.0%', '6.0%'],
    ]);
    expect(screen.getByText('LA total: 7.5%')).toBeTruthy();
    expect(container.querySelectorAll('.app-bar-chart__reference')).toHaveLength(4);
  });

  it('names published figures in the key, a suppressed one without a line', () => {
    const { container } = render(
      <AnalysisChart
        measure="persistent"
        dimensions={['yearGroup']}
        groups={BY_YEAR}
        comparison={{
          kind: 'published',
          areas: [
            { label: 'England (daily data, 2025/26)', figure: { value: 17.5, symbol: null } },
            { label: 'North West (daily data, 2025/26)', figure: { value: null, symbol: 'c' } },
          ],
        }}
      />,
    );
    expect(screen.getByText('England (daily data, 2025/26): 17.5%')).toBeTruthy();
    expect(screen.getByText('North West (daily data, 2025/26): no data')).toBeTruthy();
    // One line per bar, England's only.
    expect(container.querySelectorAll('.app-bar-chart__reference')).toHaveLength(2);
  });

  it('draws nothing when there is no group to draw', () => {
    const { container } = render(
      <AnalysisChart
        measure="overall-absence"
        dimensions={['yearGroup']}
        groups={BY_YEAR.slice(0, 1)}
        comparison={{ kind: 'none' }}
      />,
    );
    expect(container.innerHTML).toBe('');
  });
});
