import type {
  LaOverviewQuery,
  LaOverviewSchoolsQuery,
  LaOverviewSchoolsQueryVariables,
  SchoolSortOrder,
} from '../graphql/generated/graphql.js';

type SchoolSummary = LaOverviewSchoolsQuery['laOverview']['schools'][number];

// A response shaped like the API's for a small LA three weeks into the autumn term: two schools with data
// (the headline is their total) and a new special school with no possible sessions yet, so null rates. The
// store holds no earlier year (no data last year); England's published severe absence is suppressed (c).
export const laOverviewResponse: { data: LaOverviewQuery } = {
  data: {
    laOverview: {
      laName: 'Synthetic Borough Council',
      academicYear: '2025/26',
      periodStart: '2025-09-01',
      periodEnd: '2025-09-19',
      cohort: 'statutory',
      dataAsOf: '2025-09-19',
      headline: {
        enrolments: 1260,
        possibleSessions: 24720,
        attendedSessions: 23129,
        authorisedSessions: 1091,
        unauthorisedSessions: 500,
        persistentAbsentees: 237,
        severeAbsentees: 17,
        attendanceRate: 93.56391585760517,
        overallAbsenceRate: 6.436084142394822,
        authorisedAbsenceRate: 4.4134304207119746,
        unauthorisedAbsenceRate: 2.0226537216828477,
        persistentAbsenceRate: 18.80952380952381,
        severeAbsenceRate: 1.3492063492063493,
      },
      changes: {
        sinceLastWeek: {
          from: '2025-08-01',
          to: '2025-09-14',
          hasData: true,
          changes: {
            attendanceRate: -0.62,
            authorisedAbsenceRate: 0.2,
            unauthorisedAbsenceRate: 0.42,
            persistentAbsenceRate: 1.04,
            severeAbsenceRate: 0,
          },
        },
        samePointLastYear: {
          from: '2024-08-02',
          to: '2024-09-20',
          hasData: false,
          changes: {
            attendanceRate: null,
            authorisedAbsenceRate: null,
            unauthorisedAbsenceRate: null,
            persistentAbsenceRate: null,
            severeAbsenceRate: null,
          },
        },
      },
      comparisons: {
        published: [
          {
            level: 'LA',
            areaName: 'Synthetic Borough',
            method: 'daily-attendance',
            methodLabel: 'Daily attendance data',
            academicYear: '2024/25',
            periodLabel: 'Full year',
            attendanceRate: { value: 94.2, symbol: null },
            authorisedAbsenceRate: { value: 4.1, symbol: null },
            unauthorisedAbsenceRate: { value: 1.9, symbol: null },
            persistentAbsenceRate: { value: 17.8, symbol: null },
            severeAbsenceRate: { value: null, symbol: 'x' },
          },
          {
            level: 'REGION',
            areaName: 'South East',
            method: 'daily-attendance',
            methodLabel: 'Daily attendance data',
            academicYear: '2024/25',
            periodLabel: 'Full year',
            attendanceRate: { value: 93.1, symbol: null },
            authorisedAbsenceRate: { value: 4.1, symbol: null },
            unauthorisedAbsenceRate: { value: 1.9, symbol: null },
            persistentAbsenceRate: { value: 17.8, symbol: null },
            severeAbsenceRate: { value: null, symbol: 'x' },
          },
          {
            level: 'ENGLAND',
            areaName: 'England',
            method: 'annual-census',
            methodLabel: 'Annual school census',
            academicYear: '2024/25',
            periodLabel: 'Full year',
            attendanceRate: { value: 92.9, symbol: null },
            authorisedAbsenceRate: { value: 4.1, symbol: null },
            unauthorisedAbsenceRate: { value: 1.9, symbol: null },
            persistentAbsenceRate: { value: 17.8, symbol: null },
            severeAbsenceRate: { value: null, symbol: 'c' },
          },
        ],
        attribution: 'Contains public sector information licensed under the Open Government Licence v3.0.',
      },
      halfTerms: [
        { label: 'Autumn 1', firstWeekStart: '2025-09-01', lastWeekStart: '2025-10-20' },
        { label: 'Autumn 2', firstWeekStart: '2025-11-03', lastWeekStart: '2025-12-15' },
      ],
      weeklyTrend: [
        {
          weekStart: '2025-09-01',
          possibleSessions: 8240,
          overallAbsenceRate: 5.21844660194175,
          authorisedAbsenceRate: 3.9077669902912624,
          unauthorisedAbsenceRate: 1.3106796116504855,
        },
        {
          weekStart: '2025-09-08',
          possibleSessions: 8240,
          overallAbsenceRate: 6.395631067961165,
          authorisedAbsenceRate: 4.4053398058252425,
          unauthorisedAbsenceRate: 1.9902912621359223,
        },
        {
          weekStart: '2025-09-15',
          possibleSessions: 8240,
          overallAbsenceRate: 7.694174757281553,
          authorisedAbsenceRate: 4.927184466019417,
          unauthorisedAbsenceRate: 2.766990291262136,
        },
      ],
      schoolCount: 3,
      schoolFilterOptions: [
        { phase: 'Secondary', type: 'Academy converter' },
        { phase: 'Primary', type: 'Community school' },
        { phase: 'Special', type: 'Community special school' },
      ],
    },
  },
};

// The LA's three schools in no particular order (the API's answer below sorts them): Cherry Tree has no figures yet.
export const laOverviewSchools: SchoolSummary[] = [
  {
    urn: '900102',
    name: 'Brookfield Academy',
    phase: 'Secondary',
    type: 'Academy converter',
    lastMarkDate: '2025-09-19',
    actions: {
      fourWeekChange: -0.46,
      penaltyNoticePupils: 12,
      cmeMilestones: [
        { milestone: 3, children: 4 },
        { milestone: 6, children: 2 },
        { milestone: 10, children: 0 },
        { milestone: 20, children: 0 },
      ],
      lastMarkDate: '2025-09-19',
      registerDatesBehind: 0,
    },
    measures: {
      enrolments: 840,
      possibleSessions: 16530,
      attendedSessions: 15338,
      authorisedSessions: 790,
      unauthorisedSessions: 402,
      persistentAbsentees: 176,
      severeAbsentees: 14,
      attendanceRate: 92.78886872353297,
      overallAbsenceRate: 7.21113127646703,
      authorisedAbsenceRate: 4.779189352692075,
      unauthorisedAbsenceRate: 2.431941923774955,
      persistentAbsenceRate: 20.952380952380953,
      severeAbsenceRate: 1.6666666666666667,
    },
  },
  {
    urn: '900101',
    name: 'Ashdown Primary School',
    phase: 'Primary',
    type: 'Community school',
    lastMarkDate: '2025-09-18',
    actions: {
      fourWeekChange: 0.31,
      penaltyNoticePupils: 0,
      cmeMilestones: [
        { milestone: 3, children: 1 },
        { milestone: 6, children: 0 },
        { milestone: 10, children: 0 },
        { milestone: 20, children: 0 },
      ],
      lastMarkDate: '2025-09-18',
      registerDatesBehind: 1,
    },
    measures: {
      enrolments: 420,
      possibleSessions: 8190,
      attendedSessions: 7791,
      authorisedSessions: 301,
      unauthorisedSessions: 98,
      persistentAbsentees: 61,
      severeAbsentees: 3,
      attendanceRate: 95.12820512820512,
      overallAbsenceRate: 4.871794871794872,
      authorisedAbsenceRate: 3.6752136752136755,
      unauthorisedAbsenceRate: 1.1965811965811968,
      persistentAbsenceRate: 14.523809523809526,
      severeAbsenceRate: 0.7142857142857143,
    },
  },
  {
    urn: '900103',
    name: 'Cherry Tree School',
    phase: 'Special',
    type: 'Community special school',
    lastMarkDate: null,
    actions: {
      fourWeekChange: null,
      penaltyNoticePupils: 0,
      cmeMilestones: [
        { milestone: 3, children: 0 },
        { milestone: 6, children: 0 },
        { milestone: 10, children: 0 },
        { milestone: 20, children: 0 },
      ],
      lastMarkDate: null,
      registerDatesBehind: 10,
    },
    measures: {
      enrolments: 0,
      possibleSessions: 0,
      attendedSessions: 0,
      authorisedSessions: 0,
      unauthorisedSessions: 0,
      persistentAbsentees: 0,
      severeAbsentees: 0,
      attendanceRate: null,
      overallAbsenceRate: null,
      authorisedAbsenceRate: null,
      unauthorisedAbsenceRate: null,
      persistentAbsenceRate: null,
      severeAbsenceRate: null,
    },
  },
];

/**
 * The API's answer to a LaOverviewSchools request over the three schools: filtered by phase and type (a filter
 * sent as null is not given, as in the API), sorted (missing figures last, names breaking ties) and paged as its
 * arguments ask, like the API's schoolPage.
 */
export function laOverviewSchoolsResponse(
  variables: LaOverviewSchoolsQueryVariables,
  schools: readonly SchoolSummary[] = laOverviewSchools,
): { data: LaOverviewSchoolsQuery } {
  const sortKeys = {
    NAME: () => null,
    ATTENDANCE: (school: SchoolSummary) => school.measures.attendanceRate,
    PERSISTENT_ABSENCE: (school: SchoolSummary) => school.measures.persistentAbsenceRate,
    SEVERE_ABSENCE: (school: SchoolSummary) => school.measures.severeAbsenceRate,
    LAST_MARK_DATE: (school: SchoolSummary) => school.lastMarkDate,
    FOUR_WEEK_CHANGE: (school: SchoolSummary) => school.actions?.fourWeekChange ?? null,
    PENALTY_NOTICE_PUPILS: (school: SchoolSummary) => school.actions?.penaltyNoticePupils ?? null,
    CME_CHILDREN: (school: SchoolSummary) =>
      school.actions?.cmeMilestones.find((count) => count.milestone === 3)?.children ?? null,
  } satisfies Record<SchoolSortOrder, (school: SchoolSummary) => number | string | null>;
  const key = sortKeys[variables.sort];
  const sign = variables.descending ? -1 : 1;
  const byName = (a: SchoolSummary, b: SchoolSummary) => a.name.localeCompare(b.name, 'en-GB');
  const matching = schools.filter(
    (school) =>
      (variables.phase == null || school.phase === variables.phase) &&
      (variables.type == null || school.type === variables.type),
  );
  const sorted = [...matching].sort((a, b) => {
    if (variables.sort === 'NAME') return sign * byName(a, b);
    const [ka, kb] = [key(a), key(b)];
    if (ka === null || kb === null) return ka === kb ? byName(a, b) : ka === null ? 1 : -1;
    return sign * (ka < kb ? -1 : ka > kb ? 1 : 0) || byName(a, b);
  });
  return {
    data: {
      laOverview: {
        schoolCount: matching.length,
        schools: sorted.slice(variables.offset, variables.offset + variables.limit),
      },
    },
  };
}
