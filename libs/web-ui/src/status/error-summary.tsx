import type { ReactNode } from 'react';

export interface ErrorSummaryProps {
  title?: string;
  children: ReactNode;
}

/** GOV.UK error summary for a page-level failure (no form fields to link to). */
export function ErrorSummary({ title = 'There is a problem', children }: ErrorSummaryProps) {
  return (
    <div className="govuk-error-summary" role="alert">
      <h2 className="govuk-error-summary__title">{title}</h2>
      <div className="govuk-error-summary__body">{children}</div>
    </div>
  );
}
