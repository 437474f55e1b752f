import { PageLayout } from '@attendance/web-ui';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { LaOverviewPage } from './la-overview/la-overview-page.js';

export const SERVICE_NAME = 'Attendance Insight';

export interface AppProps {
  queryClient: QueryClient;
}

export function App({ queryClient }: AppProps) {
  return (
    <QueryClientProvider client={queryClient}>
      <PageLayout serviceName={SERVICE_NAME} wide>
        <LaOverviewPage />
      </PageLayout>
    </QueryClientProvider>
  );
}
