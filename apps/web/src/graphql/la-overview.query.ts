import { graphql } from './generated/gql.js';

/**
 * Everything the LA overview page shows, in one request: headline with its changes and the published figures
 * it is compared with, week-by-week trend with the LA's half terms, and every school with its flags (the
 * API's largest page of schools, MAX_SCHOOL_PAGE: more than any LA has; the page filters and sorts them).
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
      changes {
        sinceLastWeek {
          ...OverviewHeadlineChangeFields
        }
        samePointLastYear {
          ...OverviewHeadlineChangeFields
        }
      }
      comparisons {
        published {
          level
          areaName
          method
          methodLabel
          academicYear
          periodLabel
          attendanceRate {
            ...OverviewPublishedFigureFields
          }
          authorisedAbsenceRate {
            ...OverviewPublishedFigureFields
          }
          unauthorisedAbsenceRate {
            ...OverviewPublishedFigureFields
          }
          persistentAbsenceRate {
            ...OverviewPublishedFigureFields
          }
          severeAbsenceRate {
            ...OverviewPublishedFigureFields
          }
        }
        attribution
      }
      weeklyTrend {
        weekStart
        possibleSessions
        overallAbsenceRate
        authorisedAbsenceRate
        unauthorisedAbsenceRate
      }
      halfTerms {
        label
        firstWeekStart
        lastWeekStart
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
        actions {
          fourWeekChange
          penaltyNoticePupils
          cmeMilestones {
            milestone
            children
          }
          lastMarkDate
          registerDatesBehind
        }
      }
    }
  }

  fragment OverviewHeadlineChangeFields on HeadlineChange {
    from
    to
    hasData
    changes {
      attendanceRate
      authorisedAbsenceRate
      unauthorisedAbsenceRate
      persistentAbsenceRate
      severeAbsenceRate
    }
  }

  fragment OverviewPublishedFigureFields on PublishedFigure {
    value
    symbol
  }
`);
