import type { ReactNode } from 'react';

export interface ChartDataDetailsProps {
  /** The chart's figures as a table: the accessible alternative to the drawing. */
  children: ReactNode;
}

/** Follows every chart of the dashboard: its data table inside a closed GOV.UK details component. */
export function ChartDataDetails({ children }: ChartDataDetailsProps) {
  return (
    <details className="govuk-details">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">Show the data as a table</span>
      </summary>
      <div className="govuk-details__text">{children}</div>
    </details>
  );
}
