import { graphql } from './generated/gql.js';

/** Everything the LA overview page shows, in one request: headline, week-by-week trend and every school. */
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
      schools {
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
