import { absenceRates, attendedSessions, emptySessionCounts, type SessionCounts } from '@attendance/domain';
import type { SqlRow } from '../store/sql-values.js';
import type { AttendanceMeasures, WeeklyAttendance } from './la-overview.types.js';

// Counts come from SQL; every rate is worked out by the domain's absenceRates so there is one definition.

/** Reads the session-count columns shared by the overview queries. */
export function sessionCountsFromRow(row: SqlRow): SessionCounts {
  // byReason stays empty: the overview does not break absence down by reason.
  return {
    ...emptySessionCounts(),
    possible: Number(row['possible'] ?? 0),
    present: Number(row['present'] ?? 0),
    approvedEducationalActivity: Number(row['approved_educational_activity'] ?? 0),
    authorised: Number(row['authorised'] ?? 0),
    unauthorised: Number(row['unauthorised'] ?? 0),
  };
}

/** Measures of a group with no enrolments (a school that sent nothing for the period). */
export function noMeasures(): AttendanceMeasures {
  return attendanceMeasuresFromRow({});
}

export function attendanceMeasuresFromRow(row: SqlRow): AttendanceMeasures {
  const counts = sessionCountsFromRow(row);
  const rates = absenceRates(counts);
  const enrolments = Number(row['enrolments'] ?? 0);
  const persistentAbsentees = Number(row['persistent_absentees'] ?? 0);
  const severeAbsentees = Number(row['severe_absentees'] ?? 0);
  return {
    enrolments,
    possibleSessions: counts.possible,
    attendedSessions: attendedSessions(counts),
    authorisedSessions: counts.authorised,
    unauthorisedSessions: counts.unauthorised,
    attendanceRate: rates?.attendanceRate ?? null,
    overallAbsenceRate: rates?.overallAbsenceRate ?? null,
    authorisedAbsenceRate: rates?.authorisedAbsenceRate ?? null,
    unauthorisedAbsenceRate: rates?.unauthorisedAbsenceRate ?? null,
    persistentAbsentees,
    persistentAbsenceRate: shareOfEnrolments(persistentAbsentees, enrolments),
    severeAbsentees,
    severeAbsenceRate: shareOfEnrolments(severeAbsentees, enrolments),
  };
}

export function weeklyAttendanceFromRow(row: SqlRow): WeeklyAttendance {
  const counts = sessionCountsFromRow(row);
  const rates = absenceRates(counts);
  return {
    weekStart: String(row['week_start']),
    possibleSessions: counts.possible,
    attendanceRate: rates?.attendanceRate ?? null,
    overallAbsenceRate: rates?.overallAbsenceRate ?? null,
    authorisedAbsenceRate: rates?.authorisedAbsenceRate ?? null,
    unauthorisedAbsenceRate: rates?.unauthorisedAbsenceRate ?? null,
  };
}

/** PA and SA rates: enrolments in the class / enrolments x 100 (DfE), null when there are none. */
function shareOfEnrolments(count: number, enrolments: number): number | null {
  return enrolments === 0 ? null : (count * 100) / enrolments;
}
