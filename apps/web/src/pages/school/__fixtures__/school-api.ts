import type { Mock } from 'vitest';
import type {
  SchoolAbsenteeListQuery,
  SchoolBreakdownQuery,
  SchoolPageQuery,
} from '../../../graphql/generated/graphql.js';

// The API as the school page sees it, for component tests: responses shaped like the API's for one primary
// school three weeks into the autumn term, answered by operation name so a test can replace any one of them.

export const SCHOOL_URN = '900101';

export const schoolPageData: SchoolPageQuery = {
  schoolOverview: {
    urn: SCHOOL_URN,
    academicYear: '2025/26',
    periodStart: '2025-09-01',
    periodEnd: '2025-09-19',
    dataAsOf: '2025-09-19',
    lastMarkDate: '2025-09-18',
    fsmPercent: 23.456,
    senPercent: 14.04,
    school: { name: 'Ashdown Primary School', phase: 'Primary', type: 'Community school' },
    headline: {
      enrolments: 420,
      possibleSessions: 12000,
      attendedSessions: 11412,
      authorisedSessions: 444,
      unauthorisedSessions: 144,
      persistentAbsentees: 61,
      severeAbsentees: 3,
      attendanceRate: 95.1,
      overallAbsenceRate: 4.9,
      authorisedAbsenceRate: 3.7,
      unauthorisedAbsenceRate: 1.2,
      persistentAbsenceRate: 14.523809523809524,
      severeAbsenceRate: 0.7142857142857143,
    },
    weeklyTrend: [
      { weekStart: '2025-09-01', overallAbsenceRate: 4.25 },
      { weekStart: '2025-09-08', overallAbsenceRate: 5.56 },
      { weekStart: '2025-09-15', overallAbsenceRate: null },
    ],
    comparisons: {
      phase: 'Primary',
      notes: ['Regional figures need LA_CODE and REGION_CODE.'],
      attribution: 'Contains public sector information licensed under the Open Government Licence v3.0.',
      own: [
        {
          level: 'school',
          label: 'Ashdown Primary School',
          measures: {
            enrolments: 420,
            overallAbsenceRate: 4.9,
            persistentAbsenceRate: 14.523809523809524,
            severeAbsenceRate: 0.7142857142857143,
          },
        },
        {
          level: 'la',
          label: 'Synthetic Borough Council',
          measures: {
            enrolments: 1260,
            overallAbsenceRate: 6.436,
            persistentAbsenceRate: 18.81,
            severeAbsenceRate: 1.349,
          },
        },
      ],
      published: [
        {
          level: 'england',
          areaName: 'England',
          phase: 'Primary',
          methodLabel: 'Annual school census',
          academicYear: '2024/25',
          periodLabel: 'Full academic year',
          summary: 'census',
          sourceUrl: 'https://explore-education-statistics.service.gov.uk/find-statistics/pupil-absence',
          overallAbsenceRate: { value: 5.5, symbol: null },
          persistentAbsenceRate: { value: 14.75, symbol: null },
          severeAbsenceRate: { value: null, symbol: 'x' },
        },
      ],
    },
    similarSchools: [
      {
        urn: '900104',
        enrolments: 390,
        fsmPercent: 21,
        senPercent: 12.5,
        school: { name: 'Dovecote Primary School' },
        measures: { overallAbsenceRate: 5.25, persistentAbsenceRate: 16 },
      },
    ],
  },
  laOverview: {
    laName: 'Synthetic Borough Council',
    weeklyTrend: [
      { weekStart: '2025-09-01', overallAbsenceRate: 5.21844660194175 },
      { weekStart: '2025-09-08', overallAbsenceRate: 6.395631067961165 },
      { weekStart: '2025-09-15', overallAbsenceRate: 7.694174757281553 },
    ],
  },
};

const bands = [
  { bandId: 'expected', label: 'Expected attendance (95% or more)', enrolments: 300 },
  { bandId: 'at-risk', label: 'At risk (90% to 95%)', enrolments: 59 },
  { bandId: 'persistent', label: 'Persistent absence (50% to 90%)', enrolments: 58 },
  { bandId: 'severe', label: 'Severe absence (50% or less)', enrolments: 3 },
];
const reasons = [
  { column: 'sess_auth_illness', sessions: 301 },
  { column: 'sess_auth_religious', sessions: 0 },
  { column: 'sess_unauth_other', sessions: 1144 },
];

function group(key: string | null, enrolments: number, overallAbsenceRate: number | null) {
  return {
    keys: [key],
    all: [false],
    measures: { enrolments, overallAbsenceRate, persistentAbsenceRate: null },
    reasons,
    bands,
  };
}

/** The school's breakdown by year group or sex: the groups, then the whole school (all: [true]). */
export function breakdownData(dimension: string): SchoolBreakdownQuery {
  const groups =
    dimension === 'sex'
      ? [group('F', 205, 4.75), group('M', 215, 5.04)]
      : [group('1', 60, 3.95), group('2', 62, null), group(null, 1, 12.5)];
  return {
    cohortMeasures: {
      groups: [
        ...groups,
        {
          keys: [null],
          all: [true],
          measures: { enrolments: 420, overallAbsenceRate: 4.9, persistentAbsenceRate: 14.5 },
          reasons,
          bands,
        },
      ],
    },
  };
}

/** Persistent absentees: `length` pupils in all, pupilId 501 on, each with a UPN that must never be in a URL. */
export function absenteePage(length: number, limit: number, offset: number): SchoolAbsenteeListQuery {
  const count = Math.max(0, Math.min(limit, length - offset));
  return {
    absenteeList: {
      length,
      pupils: Array.from({ length: count }, (_unused, index) => {
        const position = offset + index;
        return {
          pupilId: 501 + position,
          upn: `A90010100${String(position).padStart(4, '0')}`,
          yearGroup: position % 2 === 0 ? '3' : null,
          attendanceRate: 60 + position / 4,
          unauthorisedSessions: 1000 + position,
          possibleSessions: 114,
        };
      }),
    },
  };
}

/** Every list field the school page asks for, each empty: what a school with no pupils on any list answers. */
export const EMPTY_LIST_FIELDS: Readonly<Record<string, string>> = {
  SchoolAbsenteeList: 'absenteeList',
  SchoolBandCrossingList: 'bandCrossingList',
  SchoolPenaltyNoticeList: 'penaltyNoticeList',
  SchoolCmeMilestoneList: 'cmeMilestoneList',
  SchoolIllnessList: 'illnessList',
  SchoolPartTimeList: 'partTimeTimetableList',
  SchoolEarlyWarningList: 'earlyWarningList',
};

export interface GraphqlRequest {
  operationName: string;
  variables: Record<string, unknown>;
}

type Responder = (variables: Record<string, unknown>) => unknown;

export const jsonResponse = (body: unknown, init: ResponseInit = {}) =>
  new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' }, ...init });

const DEFAULT_RESPONDERS: Readonly<Record<string, Responder>> = {
  SchoolPage: () => ({ data: schoolPageData }),
  SchoolBreakdown: (variables) => ({ data: breakdownData(String(variables['dimension'])) }),
  SchoolAbsenteeList: (variables) => ({
    data: absenteePage(30, Number(variables['limit']), Number(variables['offset'])),
  }),
};

function emptyList(operationName: string): unknown {
  const field = EMPTY_LIST_FIELDS[operationName];
  if (!field) throw new Error(`The school page's fixtures do not answer ${operationName}`);
  return { data: { [field]: { length: 0, pupils: [] } } };
}

/**
 * Answers the page's requests through a mocked fetch: the defaults above, any list not given there empty, and
 * `overrides` (by operation name; a responder may return a Response for an HTTP failure) in their place.
 */
export function answerSchoolApi(
  fetchMock: Mock<typeof fetch>,
  overrides: Readonly<Record<string, Responder>> = {},
): void {
  fetchMock.mockImplementation(async (_url, init) => {
    const { operationName, variables } = JSON.parse(String(init?.body)) as GraphqlRequest;
    const responder = overrides[operationName] ?? DEFAULT_RESPONDERS[operationName];
    const answer = responder ? responder(variables) : emptyList(operationName);
    return answer instanceof Response ? answer : jsonResponse(answer);
  });
}

/** The requests made so far with this operation name, in order. */
export function requestsNamed(fetchMock: Mock<typeof fetch>, operationName: string): GraphqlRequest[] {
  return fetchMock.mock.calls
    .map(([, init]) => JSON.parse(String(init?.body)) as GraphqlRequest)
    .filter((request) => request.operationName === operationName);
}
