import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { executeGraphql } from '../../graphql/execute-graphql.js';
import { SchoolBreakdownQuery, SchoolPageQuery } from '../../graphql/school-page.query.js';
import { actionListDefinition, LIST_PAGE_LENGTH } from './action-lists.js';
import type { ActionListId, Breakdown, SchoolPeriod } from './school-search.js';

/** The school's overview and the LA's weekly trend over the period (default: academic year to date). */
export function useSchoolPage(urn: string, { from, to }: SchoolPeriod) {
  return useQuery({
    queryKey: ['school-page', urn, from, to],
    queryFn: async ({ signal }) => executeGraphql(SchoolPageQuery, { urn, from, to }, { signal }),
  });
}

/**
 * The school's breakdown by one dimension; the previous one stays on screen while the next loads, so each
 * answer names its own dimension (the one on screen is labelled by it, not by the one being loaded).
 */
export function useSchoolBreakdown(urn: string, dimension: Breakdown, { from, to }: SchoolPeriod) {
  return useQuery({
    queryKey: ['school-breakdown', urn, dimension, from, to],
    queryFn: async ({ signal }) => ({
      dimension,
      ...(await executeGraphql(SchoolBreakdownQuery, { urn, dimension, from, to }, { signal }))
        .cohortMeasures,
    }),
    placeholderData: keepPreviousData,
  });
}

/** One page of one action list of the school, over the period (or drawn up on its last day). */
export function useSchoolActionList(
  urn: string,
  list: ActionListId,
  sort: string,
  page: number,
  { from, to }: SchoolPeriod,
) {
  return useQuery({
    queryKey: ['school-action-list', urn, list, sort, page, from, to],
    queryFn: ({ signal }) =>
      actionListDefinition(list).fetch(
        { urn, sort, limit: LIST_PAGE_LENGTH, offset: (page - 1) * LIST_PAGE_LENGTH, from, to },
        signal,
      ),
  });
}
