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

  it('groups bars by series, one labelled bar each, with a table column per series', () => {
    const { container } = render(
      <BarChart
        title="Overall absence by year group and sex"
        groupHeader="Year group"
        valueHeader="Overall absence"
        unit="rate"
        series={['Female', 'Male']}
        bars={[
          { label: 'Year 7', values: [5, 20] },
          { label: 'Year 8', values: [null, 10] },
        ]}
      />,
    );
    expect(tableRows('Overall absence by year group and sex')).toEqual([
      ['Year group', 'Female', 'Male'],
      ['Year 7', '5.0%', '20.0%'],
      ['Year 8', 'no data', '10.0%'],
    ]);
    const groups = Array.from(container.querySelectorAll('.app-bar-chart__group'));
    expect(groups.map((group) => group.querySelector('.app-bar-chart__group-label')?.textContent)).toEqual([
      'Year 7',
      'Year 8',
    ]);
    const firstGroup = Array.from(groups[0]!.querySelectorAll('.app-bar-chart__row'), (row) => [
      row.querySelector('.app-bar-chart__label')?.textContent,
      row.querySelector<HTMLElement>('.app-bar-chart__bar')?.style.width,
      row.querySelector('.app-bar-chart__bar')?.classList.contains('app-bar-chart__bar--series-1'),
    ]);
    expect(firstGroup).toEqual([
      ['Female', '25%', false],
      ['Male', '100%', true],
    ]);
  });

  it('draws references as lines named in a key, and markers as ticks with their own table columns', () => {
    const { container } = render(
      <BarChart
        title="Overall absence by year group"
        groupHeader="Year group"
        valueHeader="Overall absence"
        unit="rate"
        markerLabel="Same dates last year"
        references={[
          { label: 'LA total', value: 10 },
          { label: 'England', value: null },
        ]}
        bars={[
          { label: 'Year 7', value: 5, markers: [40] },
          { label: 'Year 8', value: 20, markers: [null] },
        ]}
      />,
    );
    expect(tableRows('Overall absence by year group')).toEqual([
      ['Year group', 'Overall absence', 'Same dates last year'],
      ['Year 7', '5.0%', '40.0%'],
      ['Year 8', '20.0%', 'no data'],
    ]);
    // Scaled to the largest figure drawn, a marker included; a reference without a value is not drawn.
    const lines = Array.from(container.querySelectorAll<HTMLElement>('.app-bar-chart__reference'));
    expect(lines.map((line) => line.style.left)).toEqual(['25%', '25%']);
    const ticks = Array.from(container.querySelectorAll<HTMLElement>('.app-bar-chart__marker'));
    expect(ticks.map((tick) => tick.style.left)).toEqual(['100%']);
    const key = container.querySelector('.app-bar-chart__key');
    expect(key?.getAttribute('aria-hidden')).toBeNull();
    expect(Array.from(key!.querySelectorAll('li'), (item) => item.textContent)).toEqual([
      ' LA total: 10.0%',
      ' England: no data',
      " Same dates last year (each bar's own)",
    ]);
  });
});
