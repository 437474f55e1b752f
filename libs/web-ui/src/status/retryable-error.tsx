import { ErrorSummary } from './error-summary.js';

export interface RetryableErrorProps {
  /** What could not be loaded and why, e.g. "The attendance figures could not be loaded. Network error". */
  message: string;
  /** True while the retry is under way: the button is disabled so it is not pressed twice. */
  retrying: boolean;
  onRetry: () => void;
}

/** A page whose figures failed to load (a network or server fault, not an unknown address): say so, offer a retry. */
export function RetryableError({ message, retrying, onRetry }: RetryableErrorProps) {
  return (
    <>
      <ErrorSummary>
        <p className="govuk-body">{message}</p>
      </ErrorSummary>
      <button
        type="button"
        className="govuk-button govuk-button--secondary"
        disabled={retrying}
        onClick={onRetry}
      >
        Try again
      </button>
    </>
  );
}
