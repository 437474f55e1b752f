import { formatDate } from '@attendance/web-ui';
import type { GovernorComparisonsQuery } from '../../graphql/generated/graphql.js';
import { GovernorCohortSection } from './governor-cohort-section.js';
import { GOVERNOR_COHORTS, socialCareComparisonsFor } from './governor-cohorts.js';
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

/** Each published figure's caption line once (the region's and England's share theirs). */
function publishedSummaries(overview: Overview): string[] {
  const { published, socialCare } = overview.comparisons;
  return [...new Set([...published, ...socialCare].map((comparison) => comparison.summary))];
}

/**
 * What governors see, on the page and in the report: the headline against the LA, region and England, then
 * each cohort against the LA (the social care cohorts also against the DfE's region and England figures).
 * Aggregates only: every figure is published (disclosure-controlled), and there is no pupil list or pupil link
 * anywhere on it.
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
          published={socialCareComparisonsFor(cohort.socialCareGroup, overview.comparisons.socialCare)}
          dfeSymbols={overview.comparisons.symbols}
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
          Region and England figures are the Department for Education&apos;s published figures. In the
          headline they are for all pupils. The DfE figures this service holds are not broken down by year
          group, SEN, free school meals, sex or ethnicity, so those cohorts are compared with the LA only. For
          children in need, on a child protection plan and looked after the DfE publishes England, region and
          LA figures for a full academic year from the annual school census: the nearest year published is
          shown beside those three tables, labelled with its year and method. Its groups do not overlap (a
          child on a plan is not counted as a child in need, a looked-after child in neither), whereas a pupil
          may be in more than one of the school&apos;s three tables, so compare with care.
        </p>
        <ul className="govuk-list govuk-list--bullet">
          {publishedSummaries(overview).map((summary) => (
            <li key={summary}>{summary}</li>
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
