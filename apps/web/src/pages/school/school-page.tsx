import { ErrorSummary, LoadingMessage } from '@attendance/web-ui';
import { getRouteApi } from '@tanstack/react-router';
import { usePageTitle } from '../../page-title.js';
import { isRefusedRequest } from '../../graphql/execute-graphql.js';
import { SchoolLoadFailure } from '../../school-not-found.js';
import { SchoolContent } from './school-content.js';
import { YearToDateLink } from './school-period-form.js';
import { useSchoolPage } from './use-school-page.js';

const route = getRouteApi('/schools/$urn');

export function SchoolPage() {
  const { urn } = route.useParams();
  const search = route.useSearch();
  const { data, error, isPending, isFetching, refetch } = useSchoolPage(urn, search);
  usePageTitle(data ? data.schoolOverview.school.name : 'School');

  if (isPending) return <LoadingMessage text="Loading the school's figures…" />;
  if (error && isRefusedRequest(error) && (search.from || search.to)) {
    // A period the API refuses (e.g. dates outside any academic year in a hand-edited link): say so, offer the
    // default period rather than calling the school unknown.
    return (
      <>
        <h1 className="govuk-heading-l">The figures for this period could not be loaded</h1>
        <ErrorSummary>
          <p className="govuk-body">{error.message}</p>
        </ErrorSummary>
        <YearToDateLink urn={urn} />
      </>
    );
  }
  if (error) {
    return (
      <SchoolLoadFailure
        urn={urn}
        what="figures"
        error={error}
        retrying={isFetching}
        onRetry={() => void refetch()}
      />
    );
  }
  return <SchoolContent page={data} search={search} />;
}
