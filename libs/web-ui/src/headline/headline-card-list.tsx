import './headline-card-list.css';
import { HeadlineCard, type HeadlineCardProps } from './headline-card.js';

export interface HeadlineCardListProps {
  cards: readonly HeadlineCardProps[];
}

/** Headline cards as a list, so screen readers announce how many measures there are. */
export function HeadlineCardList({ cards }: HeadlineCardListProps) {
  return (
    <ul className="app-headline-card-list">
      {cards.map((card) => (
        <li key={card.title}>
          <HeadlineCard {...card} />
        </li>
      ))}
    </ul>
  );
}
