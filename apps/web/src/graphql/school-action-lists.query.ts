import { graphql } from './generated/gql.js';

// The school page's action lists, each narrowed to the school by `urn` and paged by the API. Lists over a
// period take the page's from/to; lists drawn up on a date take the period's last day as asOf. Rows carry the
// pupil's store id (pupilId) for the pupil page's address; the UPN is shown in the table, never put in a URL.

export const SchoolAbsenteeListQuery = graphql(`
  query SchoolAbsenteeList(
    $urn: String!
    $list: AbsenteeListKind!
    $sort: AbsenteeSortOrder!
    $limit: Int!
    $offset: Int!
    $from: String
    $to: String
  ) {
    absenteeList(urn: $urn, list: $list, sort: $sort, limit: $limit, offset: $offset, from: $from, to: $to) {
      length
      pupils {
        pupilId
        upn
        yearGroup
        attendanceRate
        unauthorisedSessions
        possibleSessions
      }
    }
  }
`);

export const SchoolBandCrossingListQuery = graphql(`
  query SchoolBandCrossingList(
    $urn: String!
    $sort: BandCrossingSortOrder!
    $limit: Int!
    $offset: Int!
    $asOf: String
  ) {
    bandCrossingList(urn: $urn, sort: $sort, limit: $limit, offset: $offset, asOf: $asOf) {
      length
      pupils {
        pupilId
        upn
        yearGroup
        attendanceRateBefore
        attendanceRateNow
        bandBefore {
          label
        }
        bandNow {
          label
        }
      }
    }
  }
`);

export const SchoolPenaltyNoticeListQuery = graphql(`
  query SchoolPenaltyNoticeList(
    $urn: String!
    $sort: PenaltyNoticeSortOrder!
    $limit: Int!
    $offset: Int!
    $asOf: String
  ) {
    penaltyNoticeList(urn: $urn, sort: $sort, limit: $limit, offset: $offset, asOf: $asOf) {
      length
      pupils {
        pupilId
        upn
        yearGroup
        unauthorisedSessions
        thresholdMetOn
      }
    }
  }
`);

export const SchoolCmeMilestoneListQuery = graphql(`
  query SchoolCmeMilestoneList(
    $urn: String!
    $sort: CmeMilestoneSortOrder!
    $limit: Int!
    $offset: Int!
    $asOf: String
  ) {
    cmeMilestoneList(urn: $urn, sort: $sort, limit: $limit, offset: $offset, asOf: $asOf) {
      length
      pupils {
        pupilId
        upn
        yearGroup
        daysInRun
        milestone
        lastAttended
      }
    }
  }
`);

export const SchoolIllnessListQuery = graphql(`
  query SchoolIllnessList(
    $urn: String!
    $sort: IllnessSortOrder!
    $limit: Int!
    $offset: Int!
    $from: String
    $to: String
  ) {
    illnessList(urn: $urn, sort: $sort, limit: $limit, offset: $offset, from: $from, to: $to) {
      length
      pupils {
        pupilId
        upn
        yearGroup
        illnessDays
        pupilIllnessDays
        latestIllnessWeek
      }
    }
  }
`);

export const SchoolPartTimeListQuery = graphql(`
  query SchoolPartTimeList(
    $urn: String!
    $sort: PartTimeSortOrder!
    $limit: Int!
    $offset: Int!
    $from: String
    $to: String
  ) {
    partTimeTimetableList(urn: $urn, sort: $sort, limit: $limit, offset: $offset, from: $from, to: $to) {
      length
      pupils {
        pupilId
        upn
        yearGroup
        partTimeSessions
        latestPartTimeDate
        current
      }
    }
  }
`);

export const SchoolEarlyWarningListQuery = graphql(`
  query SchoolEarlyWarningList(
    $urn: String!
    $sort: EarlyWarningSortOrder!
    $limit: Int!
    $offset: Int!
    $asOf: String
  ) {
    earlyWarningList(urn: $urn, flaggedOnly: true, sort: $sort, limit: $limit, offset: $offset, asOf: $asOf) {
      length
      pupils {
        pupilId
        upn
        yearGroup
        attendanceRate
        projectedAttendanceRate
      }
    }
  }
`);
