import { render } from '@testing-library/react';
import { SummaryList } from './summary-list.js';

describe(SummaryList.name, () => {
  it('pairs each key with its value', () => {
    const { container } = render(
      <SummaryList
        rows={[
          { key: 'Cohort', value: 'Statutory cohort (aged 5-15)' },
          { key: 'Data as of', value: '14 November 2025' },
        ]}
      />,
    );

    const pairs = Array.from(container.querySelectorAll('.govuk-summary-list__row')).map((row) => [
      row.querySelector('dt')?.textContent,
      row.querySelector('dd')?.textContent,
    ]);
    expect(pairs).toEqual([
      ['Cohort', 'Statutory cohort (aged 5-15)'],
      ['Data as of', '14 November 2025'],
    ]);
  });
});
