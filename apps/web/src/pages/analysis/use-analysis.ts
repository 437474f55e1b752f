import { addDays } from '@attendance/domain';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { executeGraphql, isRefusedRequest } from '../../graphql/execute-graphql.js';
import {
  AnalysisMeasuresQuery,
  AnalysisPublishedQuery,
  AnalysisSchoolNamesQuery,
} from '../../graphql/analysis.query.js';
import type {
  AnalysisMeasuresQuery as AnalysisMeasures,
  MeasureDimension,
} from '../../graphql/generated/graphql.js';
import { COHORT_CHOICES } from './analysis-measures.js';
import { dimensionsOf, type AnalysisSearch } from './analysis-search.js';

export type CohortMeasures = AnalysisMeasures['cohortMeasures'];

/**
 * The breakdown the URL asks for; the previous one stays on screen while the next loads (labelled by its own
 * answer's dimensions), so changing a choice never blanks the page.
 */
export function useAnalysisMeasures(search: AnalysisSearch) {
  const dimensions = dimensionsOf(search);
  const { cohort } = COHORT_CHOICES[search.cohort];
  return useQuery({
    queryKey: ['analysis-measures', dimensions, cohort, search.from, search.to],
    queryFn: async ({ signal }) =>
      (
        await executeGraphql(
          AnalysisMeasuresQuery,
          { dimensions, cohort, from: search.from, to: search.to },
          { signal },
        )
      ).cohortMeasures,
    placeholderData: keepPreviousData,
  });
}

/** The same calendar date a year earlier (29 February becomes 28 February). */
export function yearEarlier(date: string): string {
  const [year, month, day] = date.split('-');
  const earlier = `${Number(year) - 1}-${month}-${day}`;
  return month === '02' && day === '29' ? addDays(`${Number(year) - 1}-03-01`, -1) : earlier;
}

/**
 * The same breakdown over the same dates a year earlier, once this year's period is known. Null when the store
 * has nothing then: an answer without enrolments, or dates the API refuses (before any data it holds).
 */
export function useLastYearMeasures(
  enabled: boolean,
  dimensions: readonly MeasureDimension[],
  search: AnalysisSearch,
  period: { periodStart: string; periodEnd: string } | undefined,
) {
  const { cohort } = COHORT_CHOICES[search.cohort];
  const from = period ? yearEarlier(period.periodStart) : undefined;
  const to = period ? yearEarlier(period.periodEnd) : undefined;
  return useQuery({
    queryKey: ['analysis-measures-last-year', dimensions, cohort, from, to],
    enabled: enabled && period !== undefined,
    queryFn: async ({ signal }) => {
      try {
        const { cohortMeasures } = await executeGraphql(
          AnalysisMeasuresQuery,
          { dimensions: [...dimensions], cohort, from, to },
          { signal },
        );
        const total = cohortMeasures.groups.find((group) => group.all.every(Boolean));
        return total && total.measures.enrolments > 0 ? cohortMeasures : null;
      } catch (error) {
        if (error instanceof Error && isRefusedRequest(error)) return null;
        throw error;
      }
    },
  });
}

/** The DfE's published region and England figures nearest the period (only when they are compared). */
export function usePublishedComparisons(enabled: boolean, search: AnalysisSearch) {
  return useQuery({
    queryKey: ['analysis-published', search.from, search.to],
    enabled,
    queryFn: async ({ signal }) =>
      (await executeGraphql(AnalysisPublishedQuery, { from: search.from, to: search.to }, { signal }))
        .laOverview.comparisons,
  });
}

/** School names by URN (only for a breakdown by school). */
export function useSchoolNames(enabled: boolean) {
  return useQuery({
    queryKey: ['analysis-school-names'],
    enabled,
    staleTime: Infinity,
    queryFn: async ({ signal }) => {
      const { laOverview } = await executeGraphql(AnalysisSchoolNamesQuery, {}, { signal });
      return new Map(laOverview.schools.map((school) => [school.urn, school.name]));
    },
  });
}
