import { LoadingMessage, RetryableError } from '@attendance/web-ui';
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
      <RetryableError
        message={`The attendance figures could not be loaded. ${error.message}`}
        retrying={isFetching}
        onRetry={() => void refetch()}
      />
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
