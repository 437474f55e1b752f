import { LoadingMessage, PublishedComparisonTable, SymbolKey } from '@attendance/web-ui';
import type { MeasureDimension } from '../../graphql/generated/graphql.js';
import { COHORT_FIGURES, cohortComparisonRows, symbolsUsed } from './governor-cohorts.js';
import { symbolMeanings } from './governor-headline.js';
import { useGovernorCohort, type GovernorPeriod } from './use-governor.js';

export interface GovernorCohortSectionProps {
  urn: string;
  schoolName: string;
  laName: string;
  cohort: { dimension: MeasureDimension; title: string; rowHeader: string };
  period: GovernorPeriod | null;
  periodLabel: string;
}

/** One cohort's published figures for the school beside the LA's, with the key to any symbol shown. */
export function GovernorCohortSection({
  urn,
  schoolName,
  laName,
  cohort,
  period,
  periodLabel,
}: GovernorCohortSectionProps) {
  const { data, error, isPending } = useGovernorCohort(urn, cohort.dimension, period, true);
  const headingId = `cohort-${cohort.dimension}`;
  const columns = [
    { header: 'Pupils', format: 'count' as const },
    ...COHORT_FIGURES.flatMap((figure) => [
      { header: `${figure.header}: ${schoolName}`, format: 'rate' as const },
      { header: `${figure.header}: ${laName}`, format: 'rate' as const },
    ]),
  ];
  const rows = data ? cohortComparisonRows(cohort.dimension, data.school, data.la) : [];
  const symbols = symbolMeanings(data);
  return (
    <section className="app-report-section" aria-labelledby={headingId}>
      <h2 className="govuk-heading-m" id={headingId}>
        {cohort.title}
      </h2>
      {isPending ? <LoadingMessage text={`Loading figures ${cohort.title.toLowerCase()}…`} /> : null}
      {error ? <p className="govuk-body">These figures could not be loaded. {error.message}</p> : null}
      {data && rows.length === 0 ? <p className="govuk-body">There are no figures for this period.</p> : null}
      {data && rows.length > 0 ? (
        <>
          <div className="app-table-scroll" tabIndex={0} role="region" aria-label={cohort.title}>
            <PublishedComparisonTable
              caption={`${cohort.title}, ${periodLabel}`}
              rowHeader={cohort.rowHeader}
              columns={columns}
              rows={rows}
              symbols={symbols}
            />
          </div>
          <SymbolKey symbols={symbols} used={symbolsUsed(rows)} />
        </>
      ) : null}
    </section>
  );
}
