import { useState, type FormEvent, type ReactNode } from 'react';

/** A period as the API takes it: its first and last dates (ISO), either absent for the API's default. */
export interface ChosenPeriod {
  from?: string | undefined;
  to?: string | undefined;
}

export interface PeriodFormProps {
  /** The period in the URL, if one was chosen. */
  period: ChosenPeriod;
  /** The period the figures cover (the API's resolution of the URL's, or its default): the inputs' start. */
  periodStart: string;
  periodEnd: string;
  /** Called with both dates once they are valid; the page keeps them (in its URL). */
  onChoose: (period: { from: string; to: string }) => void;
  /** The page's way back to its default period, shown beside the button once a period is chosen. */
  defaultPeriodLink?: ReactNode;
}

interface PeriodError {
  field: 'from' | 'to';
  message: string;
}

/** What is wrong with the dates entered, if anything: both needed, in order (ISO dates compare as text). */
export function periodError(from: string, to: string): PeriodError | null {
  if (!from) return { field: 'from', message: 'Enter the first date of the period' };
  if (!to) return { field: 'to', message: 'Enter the last date of the period' };
  if (from > to) return { field: 'to', message: 'The last date must be the same as or after the first date' };
  return null;
}

/**
 * The period every figure on a page covers, chosen with two dates and checked before the page is told (each
 * page keeps it in its URL, so a link shares it and Back restores it).
 */
export function PeriodForm({ period, periodStart, periodEnd, onChoose, defaultPeriodLink }: PeriodFormProps) {
  const [error, setError] = useState<PeriodError | null>(null);
  const chosen = period.from !== undefined || period.to !== undefined;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const from = String(form.get('from') ?? '');
    const to = String(form.get('to') ?? '');
    const problem = periodError(from, to);
    setError(problem);
    if (!problem) onChoose({ from, to });
  }

  const dateInput = (field: 'from' | 'to', label: string, value: string) => {
    const fieldError = error?.field === field ? error : null;
    return (
      <div className={`govuk-form-group${fieldError ? ' govuk-form-group--error' : ''}`}>
        <label className="govuk-label" htmlFor={`period-${field}`}>
          {label}
        </label>
        {fieldError ? (
          <p id={`period-${field}-error`} className="govuk-error-message">
            <span className="govuk-visually-hidden">Error:</span> {fieldError.message}
          </p>
        ) : null}
        <input
          // A new value in the URL (a shared link, Back) replaces whatever was typed.
          key={value}
          id={`period-${field}`}
          name={field}
          type="date"
          className={`govuk-input govuk-input--width-10${fieldError ? ' govuk-input--error' : ''}`}
          defaultValue={value}
          aria-describedby={fieldError ? `period-${field}-error` : undefined}
        />
      </div>
    );
  };

  return (
    <form className="app-period-form" noValidate onSubmit={submit}>
      <fieldset className="govuk-fieldset">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Period</legend>
        {dateInput('from', 'From', period.from ?? periodStart)}
        {dateInput('to', 'To', period.to ?? periodEnd)}
      </fieldset>
      <button type="submit" className="govuk-button govuk-button--secondary">
        Show this period
      </button>{' '}
      {chosen ? defaultPeriodLink : null}
    </form>
  );
}
