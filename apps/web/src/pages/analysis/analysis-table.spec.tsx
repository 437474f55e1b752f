import { render, screen, within } from '@testing-library/react';
import { group, YEAR_BY_SEX } from './__fixtures__/analysis-groups.js';
import { AnalysisTable, formatPoints } from './analysis-table.js';
import { analysisTable } from './analysis-table-model.js';

function rowsOf(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .map((row) => Array.from(row.querySelectorAll('th, td'), (cell) => cell.textContent ?? ''));
}

describe(AnalysisTable.name, () => {
  it('has a row per group of two dimensions, with the subtotals and the total named and set apart', () => {
    render(
      <AnalysisTable
        caption="Overall absence by year group and sex"
        table={analysisTable({
          measure: 'overall-absence',
          dimensions: ['yearGroup', 'sex'],
          groups: YEAR_BY_SEX,
          comparison: { kind: 'la' },
        })}
      />,
    );
    const table = screen.getByRole('table', { name: 'Overall absence by year group and sex' });
    const rows = rowsOf(table);
    expect(rows[0]).toEqual([
      'Year group',
      'Sex',
      'Enrolments',
      'Possible sessions',
      'Overall absence',
      'Overall absence, LA total',
      'Difference from the LA total (percentage points)',
      'Attendance',
      'Authorised absence',
      'Unauthorised absence',
      'Persistent absence',
      'Severe absence',
    ]);
    expect(rows.slice(1).map((row) => row.slice(0, 7))).toEqual([
      ['Total', 'Total', '40', '4,000', '7.5%', '7.5%', '0.0'],
      ['Total', 'Female', '20', '2,000', '6.0%', '7.5%', '-1.5'],
      ['Total', 'Male', '20', '2,000', '9.0%', '7.5%', '+1.5'],
      ['Year 7', 'Total', '30', '3,000', '8.0%', '7.5%', '+0.5'],
      ['Year 7', 'Female', '15', '1,500', '6.0%', '7.5%', '-1.5'],
      ['Year 7', 'Male', '15', '1,500', '10.0%', '7.5%', '+2.5'],
      ['Year 8', 'Total', '10', '1,000', '6.0%', '7.5%', '-1.5'],
      ['Year 8', 'Female', '5', '500', '6.0%', '7.5%', '-1.5'],
      ['Year 8', 'Male', '5', '500', '6.0%', '7.5%', '-1.5'],
    ]);
    const bodyRows = within(table).getAllByRole('row').slice(1);
    expect(bodyRows.map((row) => row.className.replace('govuk-table__row ', ''))).toEqual([
      'app-analysis-table__row--total',
      'app-analysis-table__row--subtotal',
      'app-analysis-table__row--subtotal',
      'app-analysis-table__row--subtotal',
      'app-analysis-table__row--group',
      'app-analysis-table__row--group',
      'app-analysis-table__row--subtotal',
      'app-analysis-table__row--group',
      'app-analysis-table__row--group',
    ]);
    // Both dimension cells name the row for screen readers.
    const firstCells = within(bodyRows[4]!).getAllByRole('rowheader');
    expect(firstCells.map((cell) => cell.textContent)).toEqual(['Year 7', 'Female']);
  });

  it('shows a missing rate as no data and a published symbol with its meaning, never as a number', () => {
    render(
      <AnalysisTable
        caption="Severe absence by school"
        table={analysisTable({
          measure: 'severe',
          dimensions: ['school'],
          groups: [
            group(['*'], { enrolments: 10, possible: 1000, authorised: 10, unauthorised: 0 }),
            group(['100001'], { enrolments: 0, possible: 0, authorised: 0, unauthorised: 0 }),
          ],
          comparison: {
            kind: 'published',
            areas: [{ label: 'England (census, 2024/25)', figure: { value: null, symbol: 'c' } }],
          },
          schoolNames: new Map([['100001', 'Hill Primary']]),
        })}
      />,
    );
    const rows = rowsOf(screen.getByRole('table', { name: 'Severe absence by school' }));
    expect(rows[0]?.slice(0, 5)).toEqual([
      'School',
      'Enrolments',
      'Possible sessions',
      'Severe absence',
      'Severe absence, England (census, 2024/25)',
    ]);
    expect(rows[1]?.slice(0, 5)).toEqual([
      'Total',
      '10',
      '1,000',
      '0.0%',
      'c (Suppressed to protect confidentiality.)',
    ]);
    expect(rows[2]?.slice(0, 5)).toEqual([
      'Hill Primary',
      '0',
      '0',
      'no data',
      'c (Suppressed to protect confidentiality.)',
    ]);
  });

  it('is a focusable scrolling region, so a keyboard can scroll a wide table', () => {
    render(
      <AnalysisTable
        caption="Overall absence by year group"
        table={analysisTable({
          measure: 'overall-absence',
          dimensions: ['yearGroup'],
          groups: [group(['*'], { enrolments: 1, possible: 10, authorised: 1, unauthorised: 0 })],
          comparison: { kind: 'none' },
        })}
      />,
    );
    const region = screen.getByRole('region', { name: 'Overall absence by year group' });
    expect(region.tabIndex).toBe(0);
  });
});

describe(formatPoints.name, () => {
  it('signs a difference, to one decimal place, and never shows minus zero', () => {
    expect(formatPoints(1.25)).toBe('+1.3');
    expect(formatPoints(-2)).toBe('-2.0');
    expect(formatPoints(-0.01)).toBe('0.0');
    expect(formatPoints(null)).toBe('no data');
  });
});
