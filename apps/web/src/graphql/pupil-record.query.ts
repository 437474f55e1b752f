import { graphql } from './generated/gql.js';

/**
 * Everything the pupil page shows, in one request. The pupil is named by the store's id (pupilId), never the
 * UPN: the page's address carries it. The UPN comes back to be shown on the page only.
 */
export const PupilRecordQuery = graphql(`
  query PupilRecord($urn: String!, $pupilId: Int!, $academicYear: Int) {
    pupilRecord(urn: $urn, pupilId: $pupilId, academicYear: $academicYear) {
      academicYear
      dataAsOf
      statusAsOf
      school {
        urn
        name
        phase
        type
      }
      upn
      pupilId
      characteristics {
        yearGroup
        sex
        senProvision
        fsmEligible
        eal
        cin
        cpp
        cla
        enrolmentStatus
        admissionDate
        leavingDate
        inStatutoryCohort
      }
      calendar {
        date
        am {
          code
          category
        }
        pm {
          code
          category
        }
      }
      weeks {
        weekStart
        possibleSessions
        authorisedSessions
        unauthorisedSessions
        overallAbsenceRate
        yearToDateAttendanceRate
        yearToDateBand {
          id
          label
        }
      }
      reasons {
        column
        sessions
      }
      yearToDate {
        possibleSessions
        attendedSessions
        authorisedSessions
        unauthorisedSessions
        attendanceRate
        overallAbsenceRate
        persistentlyAbsent
        severelyAbsent
        band {
          id
          label
        }
      }
      otherEnrolments {
        urn
        schoolName
        enrolmentStatus
      }
      projection {
        attendanceRate
        recentAttendanceRate
        schoolAttendanceRate
        remainingPossibleSessions
        projectedAttendanceRate
        flagFromProjectedAbsencePercent
        alreadyPersistent
        likelyPersistent
      }
      cme {
        daysInRun
        runSince
        milestone
        lastSchoolDay
      }
      penaltyNotice {
        windowStart
        windowEnd
        schoolWeeks
        unauthorisedSessions
        threshold
        meetsThreshold
        thresholdMetOn
      }
    }
  }
`);
