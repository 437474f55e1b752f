import { render, screen, within } from '@testing-library/react';
import { HeadlineCardList } from './headline-card-list.js';

describe(HeadlineCardList.name, () => {
  it('lists one card per measure in the order given', () => {
    render(
      <HeadlineCardList
        cards={[
          { title: 'Attendance', rate: 93.04, counts: [] },
          { title: 'Severe absence', rate: 1.96, counts: [] },
        ]}
      />,
    );

    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items.map((item) => within(item).getByRole('heading').textContent)).toEqual([
      'Attendance',
      'Severe absence',
    ]);
    expect(items.map((item) => item.querySelector('.app-headline-card__rate')?.textContent)).toEqual([
      '93.0%',
      '2.0%',
    ]);
  });
});
