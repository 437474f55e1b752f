import { render, screen, within } from '@testing-library/react';
import { BarChart } from './bar-chart.js';

const bars = [
  { label: 'Year 7', value: 8.25, base: 120 },
  { label: 'Year 8', value: 16.5, base: 1180 },
  { label: 'Year 9', value: null, base: 0 },
];

function tableRows(name: string): string[][] {
  const table = screen.getByRole('table', { name });
  return within(table)
    .getAllByRole('row')
    .map((row) => Array.from(row.querySelectorAll('th, td')).map((cell) => cell.textContent ?? ''));
}

describe(BarChart.name, () => {
  it('gives every figure in a table: rates to one decimal place, counts with separators, missing as no data', () => {
    render(
      <BarChart
        title="Overall absence by year group"
        groupHeader="Year group"
        valueHeader="Overall absence"
        baseHeader="Enrolments"
        unit="rate"
        bars={bars}
      />,
    );
    expect(tableRows('Overall absence by year group')).toEqual([
      ['Year group', 'Overall absence', 'Enrolments'],
      ['Year 7', '8.3%', '120'],
      ['Year 8', '16.5%', '1,180'],
      ['Year 9', 'no data', '0'],
    ]);
  });

  it('scales the bars to the largest value and hides them from assistive technology', () => {
    const { container } = render(
      <BarChart title="Pupils by band" groupHeader="Band" valueHeader="Pupils" unit="count" bars={bars} />,
    );
    const drawn = container.querySelector('.app-bar-chart__bars');
    expect(drawn?.getAttribute('aria-hidden')).toBe('true');
    const widths = Array.from(container.querySelectorAll<HTMLElement>('.app-bar-chart__bar')).map(
      (bar) => bar.style.width,
    );
    expect(widths).toEqual(['50%', '100%', '0%']);
    expect(tableRows('Pupils by band')[0]).toEqual(['Band', 'Pupils']);
    expect(tableRows('Pupils by band')[1]).toEqual(['Year 7', '8']);
  });

  it('draws small rates against at least 10%, so tiny differences do not fill the width', () => {
    const { container } = render(
      <BarChart
        title="Absence"
        groupHeader="Group"
        valueHeader="Rate"
        unit="rate"
        bars={[{ label: 'A', value: 2 }]}
      />,
    );
    expect(container.querySelector<HTMLElement>('.app-bar-chart__bar')?.style.width).toBe('20%');
  });
});
