export interface LoadingMessageProps {
  text: string;
}

/** A polite status message, so screen readers announce that content is on its way. */
export function LoadingMessage({ text }: LoadingMessageProps) {
  return (
    <p className="govuk-body" role="status">
      {text}
    </p>
  );
}
