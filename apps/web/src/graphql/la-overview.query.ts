import { graphql } from './generated/gql.js';

/**
 * Everything the LA overview page shows, in one request: headline, week-by-week trend and every school (the
 * API's largest page of schools, MAX_SCHOOL_PAGE: more than any LA has; the table sorts them itself).
 */
export const LaOverviewQuery = graphql(`
  query LaOverview {
    laOverview {
      laName
      academicYear
      periodStart
      periodEnd
      cohort
      dataAsOf
      headline {
        ...AttendanceMeasuresFields
      }
      weeklyTrend {
        weekStart
        possibleSessions
        overallAbsenceRate
        authorisedAbsenceRate
        unauthorisedAbsenceRate
      }
      schools(limit: 1000) {
        urn
        name
        phase
        type
        lastMarkDate
        measures {
          ...AttendanceMeasuresFields
        }
      }
    }
  }
`);
