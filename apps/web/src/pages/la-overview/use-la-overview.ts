import { useQuery } from '@tanstack/react-query';
import { executeGraphql } from '../../graphql/execute-graphql.js';
import { LaOverviewQuery } from '../../graphql/la-overview.query.js';

/** The LA overview for the academic year to date (the API's default period). */
export function useLaOverview() {
  return useQuery({
    queryKey: ['la-overview'],
    queryFn: async ({ signal }) => (await executeGraphql(LaOverviewQuery, {}, { signal })).laOverview,
  });
}
