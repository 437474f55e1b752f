import { ErrorSummary } from '@attendance/web-ui';
import type { ReactNode } from 'react';

export interface SchoolNotFoundProps {
  urn: string;
  /** What the page was loading, e.g. "figures" or "report". */
  what: string;
  /** The API's error message, which names the URN. */
  message: string;
  /** Where to go instead, e.g. a link to choose another school. */
  children?: ReactNode;
}

/** A URN the API does not know, or one outside the caller's schools: the API answers with an error naming it. */
export function SchoolNotFound({ urn, what, message, children }: SchoolNotFoundProps) {
  return (
    <>
      <h1 className="govuk-heading-l">School not found</h1>
      <ErrorSummary>
        <p className="govuk-body">
          The {what} for school {urn} could not be loaded. {message}
        </p>
      </ErrorSummary>
      {children}
    </>
  );
}
