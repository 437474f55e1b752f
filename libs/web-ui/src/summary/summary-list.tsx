export interface SummaryListRow {
  key: string;
  value: string;
}

export interface SummaryListProps {
  rows: readonly SummaryListRow[];
}

/** GOV.UK summary list without borders, for the facts a page's figures depend on. */
export function SummaryList({ rows }: SummaryListProps) {
  return (
    <dl className="govuk-summary-list govuk-summary-list--no-border">
      {rows.map((row) => (
        <div key={row.key} className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">{row.key}</dt>
          <dd className="govuk-summary-list__value">{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}
