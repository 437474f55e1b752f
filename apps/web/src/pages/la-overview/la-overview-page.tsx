import { ErrorSummary, LoadingMessage } from '@attendance/web-ui';
import { getRouteApi } from '@tanstack/react-router';
import { usePageTitle } from '../../page-title.js';
import { LaOverviewContent } from './la-overview-content.js';
import { useLaOverview } from './use-la-overview.js';

const route = getRouteApi('/');

export function LaOverviewPage() {
  usePageTitle('Attendance overview');
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const { data, error, isPending, isFetching, refetch } = useLaOverview();

  if (isPending) return <LoadingMessage text="Loading attendance figures…" />;
  if (error) {
    return (
      <>
        <ErrorSummary>
          <p className="govuk-body">The attendance figures could not be loaded. {error.message}</p>
        </ErrorSummary>
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          disabled={isFetching}
          onClick={() => void refetch()}
        >
          Try again
        </button>
      </>
    );
  }
  return (
    <LaOverviewContent
      overview={data}
      search={search}
      onSearchChange={(change) => void navigate({ search: (previous) => ({ ...previous, ...change }) })}
    />
  );
}
