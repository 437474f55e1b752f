import { render, screen, within } from '@testing-library/react';
import type { WeeklyRate } from './weekly-rate.js';
import { WeeklyTrendChart } from './weekly-trend-chart.js';

const weeks: WeeklyRate[] = [
  {
    weekStart: '2025-09-01',
    possibleSessions: 4200,
    overallAbsenceRate: 4.52,
    authorisedAbsenceRate: 3.01,
    unauthorisedAbsenceRate: 1.51,
  },
  {
    weekStart: '2025-09-08',
    possibleSessions: 0,
    overallAbsenceRate: null,
    authorisedAbsenceRate: null,
    unauthorisedAbsenceRate: null,
  },
];

describe(WeeklyTrendChart.name, () => {
  it('offers the figures as a table inside a "Show the data as a table" details component', () => {
    const { container } = render(<WeeklyTrendChart title="Absence by week" weeks={weeks} />);

    const details = container.querySelector('details.govuk-details');
    expect(details?.querySelector('summary')?.textContent).toBe('Show the data as a table');
    const table = screen.getByRole('table', { name: 'Absence by week' });
    expect(details?.contains(table)).toBe(true);
  });

  it('shows each week with its rates to one decimal place, and "no data" for a week without sessions', () => {
    render(<WeeklyTrendChart title="Absence by week" weeks={weeks} />);

    const table = screen.getByRole('table', { name: 'Absence by week' });
    const rows = within(table)
      .getAllByRole('row')
      .map((row) => Array.from(row.children).map((cell) => cell.textContent));
    expect(rows).toEqual([
      [
        'Week beginning',
        'Overall absence',
        'Authorised absence',
        'Unauthorised absence',
        'Possible sessions',
      ],
      ['1 September 2025', '4.5%', '3.0%', '1.5%', '4,200'],
      ['8 September 2025', 'no data', 'no data', 'no data', '0'],
    ]);
  });
});

describe('WeeklyTrendChart with half terms', () => {
  const halfTerms = [
    { label: 'Autumn 1', firstWeekStart: '2025-09-01', lastWeekStart: '2025-09-01' },
    { label: 'Autumn 2', firstWeekStart: '2025-09-15', lastWeekStart: '2025-10-20' },
  ];

  it("names each week's half term in the data table, and a week outside them a holiday", () => {
    render(<WeeklyTrendChart title="Absence by week" weeks={weeks} halfTerms={halfTerms} />);

    const table = screen.getByRole('table', { name: 'Absence by week' });
    const rows = within(table)
      .getAllByRole('row')
      .map((row) => Array.from(row.children).map((cell) => cell.textContent));
    expect(rows.map((row) => row.slice(0, 2))).toEqual([
      ['Week beginning', 'Half term'],
      ['1 September 2025', 'Autumn 1'],
      ['8 September 2025', 'Holiday'],
    ]);
  });
});
