import './analysis.css';
import { ErrorSummary, LoadingMessage, PeriodForm, RetryableError } from '@attendance/web-ui';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { isRefusedRequest } from '../../graphql/execute-graphql.js';
import { usePageTitle } from '../../page-title.js';
import { AnalysisControls } from './analysis-controls.js';
import { AnalysisResults } from './analysis-results.js';
import type { AnalysisSearch } from './analysis-search.js';
import { useAnalysisMeasures } from './use-analysis.js';

const route = getRouteApi('/analysis');

/**
 * The analyst workspace: choose a measure, a breakdown by one or two dimensions, the cohort, the period and a
 * comparison (all in the URL); see a chart and a table of the figures; download them as CSV or Excel, or the
 * LA's DfE-layout absence file.
 */
export function AnalysisPage() {
  usePageTitle('Analyst workspace');
  const search = route.useSearch();
  const navigate = useNavigate({ from: '/analysis' });
  const measures = useAnalysisMeasures(search);
  const change = (update: Partial<AnalysisSearch>) =>
    void navigate({ search: (previous) => ({ ...previous, ...update }) });
  const periodChosen = search.from !== undefined || search.to !== undefined;

  return (
    <>
      <h1 className="govuk-heading-l">Analyst workspace</h1>
      <p className="govuk-body">
        Attendance and absence by pupil characteristic, school or type of school, to DfE definitions, for any
        period of an academic year: choose what to show, compare it, and download it.
      </p>
      <AnalysisControls choices={search} onChange={change} />
      {measures.data ? (
        <PeriodForm
          period={search}
          periodStart={measures.data.periodStart}
          periodEnd={measures.data.periodEnd}
          // A new period suggests its own DfE time identifier again.
          onChoose={(period) => change({ ...period, dfeTime: undefined })}
          defaultPeriodLink={<YearToDateLink />}
        />
      ) : null}
      {measures.isPending || measures.isPlaceholderData ? (
        <LoadingMessage text="Loading the figures…" />
      ) : measures.error && isRefusedRequest(measures.error) ? (
        // A period (or choice) the API refuses, e.g. dates across two academic years in a hand-edited link.
        <>
          <ErrorSummary title="These figures could not be made">
            <p className="govuk-body">{measures.error.message}</p>
          </ErrorSummary>
          {periodChosen ? <YearToDateLink /> : null}
        </>
      ) : measures.error ? (
        <RetryableError
          message={`The figures could not be loaded. ${measures.error.message}`}
          retrying={measures.isFetching}
          onRetry={() => void measures.refetch()}
        />
      ) : (
        <AnalysisResults measures={measures.data} search={search} onSearchChange={change} />
      )}
    </>
  );
}

/** Back from a chosen period to the default one. */
function YearToDateLink() {
  return (
    <p className="govuk-body">
      <Link
        to="/analysis"
        search={(previous) => ({ ...previous, from: undefined, to: undefined, dfeTime: undefined })}
        className="govuk-link"
      >
        Show the academic year to date
      </Link>
    </p>
  );
}
