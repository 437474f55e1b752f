import { graphql } from './generated/gql.js';

/**
 * The school page's fixed part, in one request: the school's overview (headline, weekly trend, comparisons,
 * similar schools) and the LA's weekly trend to draw beside it, both over the same period.
 */
export const SchoolPageQuery = graphql(`
  query SchoolPage($urn: String!, $from: String, $to: String) {
    schoolOverview(urn: $urn, from: $from, to: $to) {
      urn
      academicYear
      periodStart
      periodEnd
      dataAsOf
      lastMarkDate
      fsmPercent
      senPercent
      school {
        name
        phase
        type
      }
      headline {
        ...AttendanceMeasuresFields
      }
      weeklyTrend {
        weekStart
        overallAbsenceRate
      }
      comparisons {
        phase
        own {
          level
          label
          measures {
            enrolments
            overallAbsenceRate
            persistentAbsenceRate
            severeAbsenceRate
          }
        }
        published {
          level
          areaName
          phase
          methodLabel
          academicYear
          periodLabel
          summary
          sourceUrl
          overallAbsenceRate {
            value
            symbol
          }
          persistentAbsenceRate {
            value
            symbol
          }
          severeAbsenceRate {
            value
            symbol
          }
        }
        notes
        attribution
      }
      similarSchools {
        urn
        enrolments
        fsmPercent
        senPercent
        school {
          name
        }
        measures {
          overallAbsenceRate
          persistentAbsenceRate
        }
      }
    }
    laOverview(from: $from, to: $to) {
      laName
      weeklyTrend {
        weekStart
        overallAbsenceRate
      }
    }
  }
`);

/** One school's breakdown by one dimension, with each group's reasons and escalation bands. */
export const SchoolBreakdownQuery = graphql(`
  query SchoolBreakdown($urn: String!, $dimension: MeasureDimension!, $from: String, $to: String) {
    cohortMeasures(urn: $urn, dimensions: [$dimension], from: $from, to: $to) {
      groups {
        keys
        all
        measures {
          enrolments
          overallAbsenceRate
          persistentAbsenceRate
        }
        reasons {
          column
          sessions
        }
        bands {
          bandId
          label
          enrolments
        }
      }
    }
  }
`);
