import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { executeGraphql } from '../../graphql/execute-graphql.js';
import { LaOverviewQuery, LaOverviewSchoolsQuery } from '../../graphql/la-overview.query.js';
import type { LaOverviewSearch } from './la-overview-search.js';
import { schoolPageVariables } from './school-page-variables.js';

/** The LA overview for the academic year to date (the API's default period), but the schools table. */
export function useLaOverview() {
  return useQuery({
    queryKey: ['la-overview'],
    queryFn: async ({ signal }) => (await executeGraphql(LaOverviewQuery, {}, { signal })).laOverview,
  });
}

/**
 * The page of schools the URL asks for; the previous page stays on screen while the next loads, so sorting,
 * filtering or paging never blanks the table. Each answer carries the offset it was asked for, so the page
 * shown is described as itself while another one loads.
 */
export function useLaOverviewSchools(search: LaOverviewSearch) {
  const variables = schoolPageVariables(search);
  return useQuery({
    queryKey: ['la-overview-schools', variables],
    queryFn: async ({ signal }) => ({
      ...(await executeGraphql(LaOverviewSchoolsQuery, variables, { signal })).laOverview,
      offset: variables.offset,
    }),
    placeholderData: keepPreviousData,
  });
}
