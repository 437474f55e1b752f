import { render, screen, within } from '@testing-library/react';
import { ComparisonTrendChart } from './comparison-trend-chart.js';

describe(ComparisonTrendChart.name, () => {
  it("gives each week's rate of every series in a table, a week without sessions as no data", () => {
    const { container } = render(
      <ComparisonTrendChart
        title="Overall absence by week: school and LA"
        series={['Alder Primary', 'Synthetic Borough']}
        weeks={[
          { weekStart: '2025-09-01', rates: [4.56, 5.04] },
          { weekStart: '2025-09-08', rates: [null, 6.1] },
        ]}
      />,
    );
    const table = screen.getByRole('table', { name: 'Overall absence by week: school and LA' });
    expect(container.querySelector('details.govuk-details')?.contains(table)).toBe(true);
    const rows = within(table)
      .getAllByRole('row')
      .map((row) => Array.from(row.children).map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['Week beginning', 'Alder Primary', 'Synthetic Borough'],
      ['1 September 2025', '4.6%', '5.0%'],
      ['8 September 2025', 'no data', '6.1%'],
    ]);
  });
});
