import './headline-card.css';
import { formatCount } from '../format/format-count.js';
import { formatRate } from '../format/format-rate.js';

export interface HeadlineCount {
  label: string;
  value: number;
}

/** A line under the counts comparing the rate with something else, e.g. last week or England. */
export interface HeadlineComparison {
  label: string;
  /** Already worded, e.g. 'up 0.4 percentage points' or 'no data last year'. */
  text: string;
  /** Where the compared figure comes from, shown under the line (e.g. a publication and its method). */
  source?: string | undefined;
}

export interface HeadlineCardProps {
  title: string;
  /** Percentage 0-100, or null when there is nothing to divide by. */
  rate: number | null;
  /** The numbers behind the rate, e.g. sessions missed and possible sessions. */
  counts: readonly HeadlineCount[];
  comparisons?: readonly HeadlineComparison[] | undefined;
}

/** One headline measure: its rate to one decimal place and the counts it was worked out from. */
export function HeadlineCard({ title, rate, counts, comparisons = [] }: HeadlineCardProps) {
  return (
    <div className="app-headline-card">
      <h3 className="govuk-heading-s app-headline-card__title">{title}</h3>
      <p className="govuk-body app-headline-card__rate">{formatRate(rate)}</p>
      <dl className="govuk-body-s app-headline-card__counts">
        {counts.map((count) => (
          <div key={count.label} className="app-headline-card__count">
            <dt>{count.label}</dt>
            <dd>{formatCount(count.value)}</dd>
          </div>
        ))}
      </dl>
      {comparisons.length > 0 ? (
        <dl className="govuk-body-s app-headline-card__comparisons">
          {comparisons.map((comparison) => (
            <div key={comparison.label} className="app-headline-card__comparison">
              <dt>{comparison.label}</dt>
              <dd>
                {comparison.text}
                {comparison.source ? (
                  <span className="app-headline-card__source">{comparison.source}</span>
                ) : null}
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
    </div>
  );
}
