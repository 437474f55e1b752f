import type { Mock } from 'vitest';
import type { AnalysisMeasuresQuery, AnalysisPublishedQuery } from '../../../graphql/generated/graphql.js';
import { YEAR_BY_SEX } from './analysis-groups.js';

// The API as the analyst workspace sees it, for component tests: answers by operation name, so a test can
// replace any one of them. The breakdown answers with year group by sex, or its year group half for one
// dimension, whatever the period (the period's dates come back as asked, or the autumn to date).

interface GraphqlRequest {
  operationName: string;
  variables: Record<string, unknown>;
}

type Responder = (variables: Record<string, unknown>) => unknown;

const jsonResponse = (body: unknown, init: ResponseInit = {}) =>
  new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' }, ...init });

export function measuresAnswer(variables: Record<string, unknown>): { data: AnalysisMeasuresQuery } {
  const dimensions = variables['dimensions'] as AnalysisMeasuresQuery['cohortMeasures']['dimensions'];
  const groups =
    dimensions.length === 2
      ? YEAR_BY_SEX
      : YEAR_BY_SEX.filter((group) => group.all[1]).map((group) => ({
          ...group,
          keys: group.keys.slice(0, 1),
          all: group.all.slice(0, 1),
        }));
  return {
    data: {
      cohortMeasures: {
        academicYear: '2026/27',
        cohort: variables['cohort'] as AnalysisMeasuresQuery['cohortMeasures']['cohort'],
        dataAsOf: '2026-11-20',
        dimensions,
        periodStart: (variables['from'] as string | undefined) ?? '2026-08-01',
        periodEnd: (variables['to'] as string | undefined) ?? '2026-11-20',
        groups: groups.map((group) => ({ ...group, keys: [...group.keys], all: [...group.all] })),
      },
    },
  };
}

const figure = (value: number | null, symbol: string | null = null) => ({ value, symbol });

export const publishedAnswer: { data: AnalysisPublishedQuery } = {
  data: {
    laOverview: {
      comparisons: {
        published: (['LA', 'REGION', 'ENGLAND'] as const).map((level) => ({
          level,
          areaName: { LA: 'Synthetic Borough', REGION: 'North West', ENGLAND: 'England' }[level],
          method: 'daily-attendance',
          methodLabel: 'Daily attendance data',
          academicYear: '2025/26',
          periodLabel: 'Year to date',
          attendanceRate: figure(93.1),
          overallAbsenceRate: figure(level === 'ENGLAND' ? 6.9 : 7.2),
          authorisedAbsenceRate: figure(4.8),
          unauthorisedAbsenceRate: figure(2.1),
          persistentAbsenceRate: figure(17.9),
          // The daily files do not publish severe absence.
          severeAbsenceRate: figure(null, 'x'),
        })),
        notes: [],
        attribution: 'Contains public sector information licensed under the Open Government Licence v3.0.',
      },
    },
  },
};

const DEFAULT_RESPONDERS: Readonly<Record<string, Responder>> = {
  AnalysisMeasures: measuresAnswer,
  AnalysisPublished: () => publishedAnswer,
  AnalysisSchoolNames: () => ({ data: { laOverview: { schools: [] } } }),
};

export function answerAnalysisApi(
  fetchMock: Mock<typeof fetch>,
  overrides: Readonly<Record<string, Responder>> = {},
): void {
  fetchMock.mockImplementation(async (_url, init) => {
    const { operationName, variables } = JSON.parse(String(init?.body)) as GraphqlRequest;
    const responder = overrides[operationName] ?? DEFAULT_RESPONDERS[operationName];
    if (!responder) throw new Error(`Unexpected operation ${operationName}`);
    const answer = responder(variables);
    return answer instanceof Response ? answer : jsonResponse(answer);
  });
}
