import { render, screen, within } from '@testing-library/react';
import { HeadlineCard } from './headline-card.js';

function countsOf(card: HTMLElement): string[][] {
  return Array.from(card.querySelectorAll('dt')).map((term) => [
    term.textContent ?? '',
    term.nextElementSibling?.textContent ?? '',
  ]);
}

describe(HeadlineCard.name, () => {
  it('shows the rate to one decimal place and the counts with thousands separators', () => {
    const { container } = render(
      <HeadlineCard
        title="Attendance"
        rate={92.8571}
        counts={[
          { label: 'Sessions attended', value: 123456 },
          { label: 'Possible sessions', value: 132953 },
        ]}
      />,
    );

    expect(screen.getByRole('heading', { name: 'Attendance' })).toBeDefined();
    expect(within(container).getByText('92.9%')).toBeDefined();
    expect(countsOf(container)).toEqual([
      ['Sessions attended', '123,456'],
      ['Possible sessions', '132,953'],
    ]);
  });

  it('shows a missing rate as "no data", not 0%', () => {
    const { container } = render(
      <HeadlineCard title="Persistent absence" rate={null} counts={[{ label: 'Enrolments', value: 0 }]} />,
    );

    expect(within(container).getByText('no data')).toBeDefined();
    expect(container.textContent).not.toContain('%');
    expect(countsOf(container)).toEqual([['Enrolments', '0']]);
  });
});
