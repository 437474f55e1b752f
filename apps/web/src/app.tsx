import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { createAppRouter } from './router.js';

export interface AppProps {
  queryClient: QueryClient;
  /** Default: a router on the browser's history. */
  router?: ReturnType<typeof createAppRouter>;
}

export function App({ queryClient, router = createAppRouter() }: AppProps) {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
