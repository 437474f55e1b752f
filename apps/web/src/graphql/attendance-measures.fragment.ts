import { graphql } from './generated/gql.js';

/** The measures shown for the LA headline and for each school, so both are typed by one fragment. */
export const AttendanceMeasuresFragment = graphql(`
  fragment AttendanceMeasuresFields on AttendanceMeasures {
    enrolments
    possibleSessions
    attendedSessions
    authorisedSessions
    unauthorisedSessions
    persistentAbsentees
    severeAbsentees
    attendanceRate
    overallAbsenceRate
    authorisedAbsenceRate
    unauthorisedAbsenceRate
    persistentAbsenceRate
    severeAbsenceRate
  }
`);
