import { graphql } from './generated/gql.js';

/** The schools a governor may choose from (names only). */
export const GovernorSchoolsQuery = graphql(`
  query GovernorSchools {
    laOverview {
      laName
      schools(limit: 1000) {
        urn
        name
        phase
      }
    }
  }
`);

/**
 * Everything the governor view shows of one school, aggregates only: its published (disclosure-controlled)
 * breakdown and the LA's for the same dimension, and the published LA, region and England figures. No pupil
 * list or pupil-level field is asked for.
 */
export const GovernorCohortQuery = graphql(`
  query GovernorCohort($urn: String!, $dimension: MeasureDimension!, $from: String, $to: String) {
    school: publishedCohortMeasures(urn: $urn, dimensions: [$dimension], from: $from, to: $to) {
      ...GovernorPublishedTable
    }
    la: publishedCohortMeasures(dimensions: [$dimension], from: $from, to: $to) {
      ...GovernorPublishedTable
    }
  }
`);

export const GovernorPublishedTableFragment = graphql(`
  fragment GovernorPublishedTable on PublishedCohortMeasures {
    academicYear
    periodStart
    periodEnd
    dataAsOf
    staleSchools
    symbols {
      symbol
      meaning
    }
    rows {
      all
      keys
      enrolments {
        value
        symbol
      }
      figures {
        name
        figure {
          value
          symbol
        }
      }
    }
  }
`);

/**
 * The school's name and the published region and England figures it is compared with: all pupils (headline)
 * and the three social care groups (the DfE's annual census, full year), with the DfE's symbols' meanings.
 */
export const GovernorComparisonsQuery = graphql(`
  query GovernorComparisons($urn: String!, $from: String, $to: String) {
    schoolOverview(urn: $urn, from: $from, to: $to) {
      urn
      academicYear
      periodStart
      periodEnd
      dataAsOf
      school {
        urn
        name
        phase
      }
      comparisons {
        attribution
        notes
        own {
          level
          label
        }
        published {
          level
          method
          areaName
          phase
          academicYear
          periodLabel
          methodLabel
          summary
          overallAbsenceRate {
            value
            symbol
          }
          persistentAbsenceRate {
            value
            symbol
          }
          authorisedAbsenceRate {
            value
            symbol
          }
          unauthorisedAbsenceRate {
            value
            symbol
          }
        }
        socialCare {
          group
          groupLabel
          level
          areaName
          phase
          academicYear
          periodLabel
          methodLabel
          summary
          pupils {
            value
            symbol
          }
          overallAbsenceRate {
            value
            symbol
          }
          persistentAbsenceRate {
            value
            symbol
          }
        }
        symbols {
          symbol
          meaning
        }
      }
    }
  }
`);
