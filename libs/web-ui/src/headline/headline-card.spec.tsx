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

  it('lists its comparisons under the counts, each with its source when it has one', () => {
    const { container } = render(
      <HeadlineCard
        title="Attendance"
        rate={92.8}
        counts={[{ label: 'Sessions attended', value: 10 }]}
        comparisons={[
          { label: 'Since last week', text: 'down 0.2 percentage points' },
          { label: 'England', text: '0.4 points below', source: 'DfE daily attendance data, 2025/26' },
        ]}
      />,
    );

    const lists = container.querySelectorAll('dl');
    expect(lists).toHaveLength(2);
    expect(
      Array.from(lists[1]?.querySelectorAll('dt') ?? []).map((term) => [
        term.textContent,
        term.nextElementSibling?.textContent,
      ]),
    ).toEqual([
      ['Since last week', 'down 0.2 percentage points'],
      ['England', '0.4 points belowDfE daily attendance data, 2025/26'],
    ]);
  });
});
