import './governor-report.css';
import { formatDate, LoadingMessage } from '@attendance/web-ui';
import { getRouteApi, Link } from '@tanstack/react-router';
import { usePageTitle } from '../../page-title.js';
import { SchoolLoadFailure } from '../../school-not-found.js';
import { GovernorContent, laNameOf } from './governor-content.js';
import { resolveGovernorPeriod } from './governor-period.js';
import { useGovernorComparisons } from './use-governor.js';

const route = getRouteApi('/governors/$urn/report');

/**
 * The termly governors' report: the governor view of one term laid out for print (print CSS: no navigation,
 * a page per section, rows never split, source and date on every page), saved as PDF from the print dialog.
 */
export function GovernorReportPage() {
  const { urn } = route.useParams();
  const search = route.useSearch();
  const { data, error, isPending, isFetching, refetch } = useGovernorComparisons(urn);
  usePageTitle(data ? `Governors' report: ${data.school.name}` : "Governors' report");

  if (isPending) return <LoadingMessage text="Loading the report…" />;
  if (error) {
    return (
      <SchoolLoadFailure
        urn={urn}
        what="report"
        error={error}
        retrying={isFetching}
        onRetry={() => void refetch()}
      />
    );
  }
  const { period, label, terms } = resolveGovernorPeriod(search, data.academicYear, data.dataAsOf, true);
  const source = `Source: ${laNameOf(data)}, Attendance Insight; schools' registers up to ${
    data.dataAsOf ? formatDate(data.dataAsOf) : 'the latest load'
  }; region and England: Department for Education.`;
  return (
    <article className="app-governor-report">
      <div className="app-no-print">
        <p className="govuk-body">
          <Link to="/governors/$urn" params={{ urn }} search={{ term: search.term }} className="govuk-link">
            Back to the governor view
          </Link>
        </p>
        {terms.length > 1 ? (
          <nav aria-label="Report term">
            <ul className="govuk-list">
              {terms.map((term) => (
                <li key={term.key}>
                  <Link
                    to="/governors/$urn/report"
                    params={{ urn }}
                    search={{ term: term.key }}
                    className="govuk-link"
                    aria-current={term.label === label ? 'page' : undefined}
                  >
                    {term.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        <button type="button" className="govuk-button" onClick={() => window.print()}>
          Print or save as PDF
        </button>
      </div>
      <span className="govuk-caption-l">Governors&apos; attendance report</span>
      <h1 className="govuk-heading-l">
        {data.school.name}: {label}
      </h1>
      <p className="govuk-body">
        Prepared {data.dataAsOf ? `with data up to ${formatDate(data.dataAsOf)}` : ''}.
      </p>
      <GovernorContent overview={data} period={period} periodLabel={label} />
      <p className="app-report-footer" data-testid="report-footer">
        {data.school.name}, {label}. {source}
      </p>
    </article>
  );
}
