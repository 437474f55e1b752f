import { absenceRates, attendedSessions } from '@attendance/domain';
import { attendanceMeasuresFromRow, sessionCountsFromRow } from '../la-overview/attendance-measures.js';
import type { DateRange } from '../la-overview/period-weeks.js';
import type { SqlRow } from '../store/sql-values.js';
import type { HalfTermAbsence, SessionFigures } from './time-series.types.js';

// Counts come from SQL; every rate is worked out by the domain's absenceRates, as for the overview.

/** A run of dates' figures from its row of counts; null without a row or without possible sessions. */
export function sessionFigures(dates: DateRange, row: SqlRow | undefined): SessionFigures | null {
  if (!row) return null;
  const counts = sessionCountsFromRow(row);
  const rates = absenceRates(counts);
  if (!rates) return null;
  return {
    start: dates.from,
    end: dates.to,
    possibleSessions: counts.possible,
    attendedSessions: attendedSessions(counts),
    authorisedSessions: counts.authorised,
    unauthorisedSessions: counts.unauthorised,
    attendanceRate: rates.attendanceRate,
    overallAbsenceRate: rates.overallAbsenceRate,
    authorisedAbsenceRate: rates.authorisedAbsenceRate,
    unauthorisedAbsenceRate: rates.unauthorisedAbsenceRate,
    halfTermAbsence: null,
  };
}

/** Persistent and severe absence from a row of half-term-figures.sql.ts, rates as the overview's. */
export function halfTermAbsenceFromRow(row: SqlRow): HalfTermAbsence {
  const measures = attendanceMeasuresFromRow(row);
  return {
    enrolments: measures.enrolments,
    persistentAbsentees: measures.persistentAbsentees,
    persistentAbsenceRate: measures.persistentAbsenceRate,
    severeAbsentees: measures.severeAbsentees,
    severeAbsenceRate: measures.severeAbsenceRate,
  };
}
