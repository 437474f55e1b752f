import { graphql } from './generated/gql.js';

/**
 * The analyst workspace's figures: a cohort by one or two dimensions over a period, every group with its
 * one-dimension subtotals and the total (first). The same operation, with the dates a year earlier, gives the
 * last-year comparison.
 */
export const AnalysisMeasuresQuery = graphql(`
  query AnalysisMeasures($dimensions: [MeasureDimension!]!, $cohort: Cohort!, $from: String, $to: String) {
    cohortMeasures(dimensions: $dimensions, cohort: $cohort, from: $from, to: $to) {
      academicYear
      cohort
      dataAsOf
      dimensions
      periodStart
      periodEnd
      groups {
        keys
        all
        measures {
          ...AttendanceMeasuresFields
        }
      }
    }
  }
`);

/**
 * The DfE's published region and England figures nearest the period (every rate, so one answer serves every
 * measure), with the attribution that must be shown beside them.
 */
export const AnalysisPublishedQuery = graphql(`
  query AnalysisPublished($from: String, $to: String) {
    laOverview(from: $from, to: $to) {
      comparisons {
        published {
          level
          areaName
          method
          methodLabel
          academicYear
          periodLabel
          attendanceRate {
            value
            symbol
          }
          overallAbsenceRate {
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
    }
  }
`);

/** Every school's name by URN, for a breakdown by school (the API's groups are keyed by URN). */
export const AnalysisSchoolNamesQuery = graphql(`
  query AnalysisSchoolNames {
    laOverview {
      schools(limit: 1000) {
        urn
        name
      }
    }
  }
`);

/** The DfE-layout absence file for the period, made by the API, downloaded as it comes. */
export const AnalysisDfeFileQuery = graphql(`
  query AnalysisDfeFile($from: String, $to: String, $timeIdentifier: String!) {
    dfeAbsenceFile(from: $from, to: $to, timeIdentifier: $timeIdentifier) {
      fileName
      contentType
      rowCount
      csv
    }
  }
`);
