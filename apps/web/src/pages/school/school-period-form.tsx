import { PeriodForm } from '@attendance/web-ui';
import { Link, useNavigate } from '@tanstack/react-router';
import type { SchoolPeriod } from './school-search.js';

export interface SchoolPeriodFormProps {
  urn: string;
  /** The period in the URL, if one was chosen. */
  period: SchoolPeriod;
  /** The period the figures cover (the API's resolution of the URL's, or its default): the inputs' start. */
  periodStart: string;
  periodEnd: string;
}

/**
 * The shared period form (`PeriodForm`) on the school page: the chosen period goes in the URL, and a new period
 * starts the open list on its first page.
 */
export function SchoolPeriodForm({ urn, period, periodStart, periodEnd }: SchoolPeriodFormProps) {
  const navigate = useNavigate({ from: '/schools/$urn' });
  return (
    <PeriodForm
      period={period}
      periodStart={periodStart}
      periodEnd={periodEnd}
      onChoose={(chosen) => void navigate({ search: (previous) => ({ ...previous, ...chosen, page: 1 }) })}
      defaultPeriodLink={<YearToDateLink urn={urn} />}
    />
  );
}

/** Back from a chosen period to the default one (the open list from its first page). */
export function YearToDateLink({ urn }: { urn: string }) {
  return (
    <p className="govuk-body">
      <Link
        to="/schools/$urn"
        params={{ urn }}
        search={(previous) => ({ ...previous, from: undefined, to: undefined, page: 1 })}
        className="govuk-link"
      >
        Show the academic year to date
      </Link>
    </p>
  );
}
