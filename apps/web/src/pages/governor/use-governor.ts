import { useQuery } from '@tanstack/react-query';
import { executeGraphql } from '../../graphql/execute-graphql.js';
import type { MeasureDimension } from '../../graphql/generated/graphql.js';
import {
  GovernorCohortQuery,
  GovernorComparisonsQuery,
  GovernorSchoolsQuery,
} from '../../graphql/governor.query.js';

export interface GovernorPeriod {
  from: string;
  to: string;
}

/** The LA's schools, for the chooser. */
export function useGovernorSchools() {
  return useQuery({
    queryKey: ['governor-schools'],
    queryFn: async ({ signal }) => (await executeGraphql(GovernorSchoolsQuery, {}, { signal })).laOverview,
  });
}

/**
 * The school's name, the data's date and the published region and England figures for the academic year to
 * date, all pupils and the social care groups (the DfE publishes no term figures for them, so the comparison
 * is the same whichever term is shown).
 */
export function useGovernorComparisons(urn: string) {
  return useQuery({
    queryKey: ['governor-comparisons', urn],
    queryFn: async ({ signal }) =>
      (await executeGraphql(GovernorComparisonsQuery, { urn }, { signal })).schoolOverview,
  });
}

/** The school's and the LA's published breakdown by one dimension; waits until the period is known. */
export function useGovernorCohort(
  urn: string,
  dimension: MeasureDimension,
  period: GovernorPeriod | null,
  enabled: boolean,
) {
  return useQuery({
    queryKey: ['governor-cohort', urn, dimension, period?.from, period?.to],
    queryFn: async ({ signal }) =>
      executeGraphql(
        GovernorCohortQuery,
        // Left out rather than null for the year to date: the API reads a null date as the text "null".
        period ? { urn, dimension, from: period.from, to: period.to } : { urn, dimension },
        { signal },
      ),
    enabled,
  });
}
