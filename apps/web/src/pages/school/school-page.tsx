import { ErrorSummary, LoadingMessage } from '@attendance/web-ui';
import { getRouteApi, Link } from '@tanstack/react-router';
import { usePageTitle } from '../../page-title.js';
import { SchoolContent } from './school-content.js';
import { useSchoolPage } from './use-school-page.js';

const route = getRouteApi('/schools/$urn');

export function SchoolPage() {
  const { urn } = route.useParams();
  const search = route.useSearch();
  const { data, error, isPending } = useSchoolPage(urn, search);
  usePageTitle(data ? data.schoolOverview.school.name : 'School');

  if (isPending) return <LoadingMessage text="Loading the school's figures…" />;
  if (error && (search.from || search.to)) {
    // A period the API refuses (e.g. dates outside any academic year in a hand-edited link): say so, offer the
    // default period rather than calling the school unknown.
    return (
      <>
        <h1 className="govuk-heading-l">The figures for this period could not be loaded</h1>
        <ErrorSummary>
          <p className="govuk-body">{error.message}</p>
        </ErrorSummary>
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
      </>
    );
  }
  if (error) {
    // The API answers an unknown URN (or one outside the caller's schools) with an error naming it.
    return (
      <>
        <h1 className="govuk-heading-l">School not found</h1>
        <ErrorSummary>
          <p className="govuk-body">
            The figures for school {urn} could not be loaded. {error.message}
          </p>
        </ErrorSummary>
      </>
    );
  }
  return <SchoolContent page={data} search={search} />;
}
