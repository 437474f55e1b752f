import { LoadingMessage, PublishedComparisonTable, SymbolKey, type SymbolMeaning } from '@attendance/web-ui';
import {
  COHORT_FIGURES,
  cohortComparisonRows,
  cohortKeyLabel,
  socialCareColumnLabel,
  symbolsUsed,
  type GovernorCohort,
  type PublishedSocialCare,
} from './governor-cohorts.js';
import { symbolMeanings } from './governor-headline.js';
import { useGovernorCohort, type GovernorPeriod } from './use-governor.js';

export interface GovernorCohortSectionProps {
  urn: string;
  schoolName: string;
  laName: string;
  cohort: GovernorCohort;
  period: GovernorPeriod | null;
  periodLabel: string;
  /** The DfE's region and England figures for the cohort's social care group, if it is one; else empty. */
  published: readonly PublishedSocialCare[];
  /** The DfE's meanings of its symbols, for a published cell the school's and LA's tables do not explain. */
  dfeSymbols: readonly SymbolMeaning[];
}

/** "primary schools", or "all schools" for the LA's Total. */
function phaseSchools(phase: string): string {
  return phase === 'Total' ? 'all schools' : `${phase.toLowerCase()} schools`;
}

/**
 * One cohort's published figures for the school beside the LA's, and for a social care group the DfE's region
 * and England figures for its "Y" row, with the key to any symbol shown.
 */
export function GovernorCohortSection({
  urn,
  schoolName,
  laName,
  cohort,
  period,
  periodLabel,
  published,
  dfeSymbols,
}: GovernorCohortSectionProps) {
  const { data, error, isPending } = useGovernorCohort(urn, cohort.dimension, period, true);
  const headingId = `cohort-${cohort.dimension}`;
  const columns = [
    { header: 'Pupils', format: 'count' as const },
    ...COHORT_FIGURES.flatMap((figure) => [
      { header: `${figure.header}: ${schoolName}`, format: 'rate' as const },
      { header: `${figure.header}: ${laName}`, format: 'rate' as const },
      ...published.map((comparison) => ({
        header: `${figure.header}: ${socialCareColumnLabel(comparison)}`,
        format: 'rate' as const,
      })),
    ]),
  ];
  const rows = data ? cohortComparisonRows(cohort.dimension, data.school, data.la, published) : [];
  const symbols = symbolMeanings(data, dfeSymbols);
  const [first] = published;
  const publishedRowLabel = cohortKeyLabel(cohort.dimension, 'Y');
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
          {first ? (
            <p className="govuk-body-s" data-testid={`published-note-${cohort.dimension}`}>
              {published.map((comparison) => comparison.areaName).join(' and ')}: the Department for
              Education&apos;s published figures for {phaseSchools(first.phase)}, {first.academicYear} (
              {first.periodLabel.toLowerCase()}, {first.methodLabel.toLowerCase()}), for its group &ldquo;
              {first.groupLabel}&rdquo;, beside the &ldquo;{publishedRowLabel}&rdquo; row only: it publishes
              none for other pupils (x). The method, period and definition differ from the school&apos;s and
              the LA&apos;s figures (schools&apos; registers, {periodLabel}), so compare with care.
              {rows.some((row) => row.label === publishedRowLabel)
                ? null
                : ` The school has no “${publishedRowLabel}” row for this period, so they are not shown.`}
            </p>
          ) : null}
          <SymbolKey symbols={symbols} used={symbolsUsed(rows)} />
        </>
      ) : null}
    </section>
  );
}
