import { ErrorSummary, RetryableError } from '@attendance/web-ui';
import type { ReactNode } from 'react';
import { isRefusedRequest } from './graphql/execute-graphql.js';

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

export interface SchoolLoadFailureProps extends Omit<SchoolNotFoundProps, 'message'> {
  error: Error;
  /** True while the retry is under way. */
  retrying: boolean;
  onRetry: () => void;
}

/**
 * A school's page that failed to load: "School not found" only when the API refused the URN (unknown, or outside
 * the caller's schools); a server fault or lost connection says so and offers a retry, since the school may well
 * exist.
 */
export function SchoolLoadFailure({ error, retrying, onRetry, ...notFound }: SchoolLoadFailureProps) {
  if (isRefusedRequest(error)) return <SchoolNotFound {...notFound} message={error.message} />;
  return (
    <>
      <h1 className="govuk-heading-l">The school's {notFound.what} could not be loaded</h1>
      <RetryableError
        message={`The ${notFound.what} for school ${notFound.urn} could not be loaded. ${error.message}`}
        retrying={retrying}
        onRetry={onRetry}
      />
    </>
  );
}
