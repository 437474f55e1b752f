import { graphql } from './generated/gql.js';

/**
 * The LA overview page but its schools table, in one request: headline with its changes and the published
 * figures it is compared with, week-by-week trend with the LA's half terms, how many schools there are and
 * the phases and types to filter them by. The table's schools come a page at a time (LaOverviewSchools).
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
      schoolCount
      # Only each school's phase and type, so the filters can offer every phase and type of the LA whatever
      # page of schools is shown (the API's largest page, MAX_SCHOOL_PAGE: more than any LA has).
      schoolFilterOptions: schools(limit: 1000) {
        phase
        type
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

/**
 * One page of the overview's schools with their flags, filtered, sorted and paged by the API, and how many
 * schools match the filters (for "Showing x of y" and the page links).
 */
export const LaOverviewSchoolsQuery = graphql(`
  query LaOverviewSchools(
    $phase: String
    $type: String
    $sort: SchoolSortOrder!
    $descending: Boolean!
    $limit: Int!
    $offset: Int!
  ) {
    laOverview {
      schoolCount(phase: $phase, type: $type)
      schools(
        phase: $phase
        type: $type
        sort: $sort
        descending: $descending
        limit: $limit
        offset: $offset
      ) {
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
`);
