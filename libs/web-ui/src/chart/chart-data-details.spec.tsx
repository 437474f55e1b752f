import { fireEvent, render, screen } from '@testing-library/react';
import { ChartDataDetails } from './chart-data-details.js';

describe(ChartDataDetails.name, () => {
  it('keeps the table closed behind a "Show the data as a table" summary that opens it', () => {
    const { container } = render(
      <ChartDataDetails>
        <table>
          <caption>Absence by week</caption>
        </table>
      </ChartDataDetails>,
    );

    const details = container.querySelector('details.govuk-details') as HTMLDetailsElement;
    const summary = screen.getByText('Show the data as a table');
    expect(summary.closest('summary')?.className).toBe('govuk-details__summary');
    expect(details.open).toBe(false);
    expect(details.querySelector('.govuk-details__text table caption')?.textContent).toBe('Absence by week');

    fireEvent.click(summary);
    expect(details.open).toBe(true);
  });
});
