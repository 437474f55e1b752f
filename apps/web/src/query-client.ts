import { QueryClient } from '@tanstack/react-query';

/** Figures change at most once a night, so a fetched overview stays fresh for the visit. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 5 * 60 * 1000, refetchOnWindowFocus: false, retry: 1 },
    },
  });
}
