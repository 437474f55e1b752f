import { formatDate } from '@attendance/web-ui';
import type { GovernorComparisonsQuery } from '../../graphql/generated/graphql.js';
import { GovernorCohortSection } from './governor-cohort-section.js';
import { GOVERNOR_COHORTS } from './governor-cohorts.js';
import { GovernorHeadline } from './governor-headline.js';
import { useGovernorCohort, type GovernorPeriod } from './use-governor.js';

type Overview = GovernorComparisonsQuery['schoolOverview'];

export interface GovernorContentProps {
  overview: Overview;
  period: GovernorPeriod | null;
  periodLabel: string;
}

/** The LA's name as the API labels its own figures; the school's phase figures are labelled the same way. */
export function laNameOf(overview: Overview): string {
  return overview.comparisons.own.find((own) => own.level === 'LA')?.label ?? 'The LA';
}

/**
 * What governors see, on the page and in the report: the headline against the LA, region and England, then
 * each cohort against the LA. Aggregates only: every figure is published (disclosure-controlled), and there is
 * no pupil list or pupil link anywhere on it.
 */
export function GovernorContent({ overview, period, periodLabel }: GovernorContentProps) {
  const laName = laNameOf(overview);
  // The headline reads the total rows of the first cohort's tables (the same request as that section).
  const firstCohort = GOVERNOR_COHORTS[0];
  const headlineTables = useGovernorCohort(overview.urn, firstCohort?.dimension ?? 'yearGroup', period, true);
  return (
    <>
      <section className="app-report-section app-report-headline" aria-labelledby="headline-figures">
        <h2 className="govuk-heading-m" id="headline-figures">
          Headline figures
        </h2>
        {headlineTables.error ? (
          <p className="govuk-body">
            The headline figures could not be loaded. {headlineTables.error.message}
          </p>
        ) : (
          <GovernorHeadline
            overview={overview}
            tables={headlineTables.data}
            laName={laName}
            periodLabel={periodLabel}
          />
        )}
      </section>
      {GOVERNOR_COHORTS.map((cohort) => (
        <GovernorCohortSection
          key={cohort.dimension}
          urn={overview.urn}
          schoolName={overview.school.name}
          laName={laName}
          cohort={cohort}
          period={period}
          periodLabel={periodLabel}
        />
      ))}
      <section className="app-report-section" aria-labelledby="about-figures">
        <h2 className="govuk-heading-m" id="about-figures">
          About these figures
        </h2>
        <p className="govuk-body">
          Figures for the school and the LA come from schools&apos; registers up to{' '}
          {overview.dataAsOf ? formatDate(overview.dataAsOf) : 'the latest load'}, for pupils of statutory
          school age. Small groups are suppressed so that no pupil can be identified; a symbol stands in for
          each suppressed figure, and its meaning is given under each table.
        </p>
        <p className="govuk-body">
          Region and England figures are the Department for Education&apos;s published figures for all pupils
          (they are not published by year group or pupil characteristic, so cohorts are compared with the LA).
        </p>
        <ul className="govuk-list govuk-list--bullet">
          {overview.comparisons.published.map((comparison) => (
            <li key={`${comparison.level}-${comparison.method}-${comparison.phase}`}>{comparison.summary}</li>
          ))}
        </ul>
        {overview.comparisons.notes.map((note) => (
          <p key={note} className="govuk-body-s">
            {note}
          </p>
        ))}
        <p className="govuk-body-s">{overview.comparisons.attribution}</p>
      </section>
    </>
  );
}
