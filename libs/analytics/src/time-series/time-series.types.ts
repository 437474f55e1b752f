import type { IsoDate } from '@attendance/domain';
import type { CohortChoice } from '../la-overview/period-enrolment-weeks.sql.js';
import type { AnalyticsScope } from '../scope/analytics-scope.js';

export const TIME_SERIES_GRANULARITIES = ['day', 'week', 'half-term'] as const;
export type TimeSeriesGranularity = (typeof TIME_SERIES_GRANULARITIES)[number];

export interface TimeSeriesParams {
  granularity: TimeSeriesGranularity;
  /** Default: the start of the academic year; for days, the 20 school days up to `to`. */
  from?: IsoDate;
  /** Default: the latest mark in the store. */
  to?: IsoDate;
  /** Default the statutory cohort; the other cohort only on request, never mixed in. */
  cohort?: CohortChoice;
  /** Default the whole LA. Aggregates only, so any scope may ask. */
  scope?: AnalyticsScope;
}

/** Persistent and severe absence within one half term: each enrolment judged over its sessions in it. */
export interface HalfTermAbsence {
  /** Enrolments with possible sessions in the half term. */
  enrolments: number;
  persistentAbsentees: number;
  /** Persistent absentees / enrolments x 100. */
  persistentAbsenceRate: number | null;
  severeAbsentees: number;
  severeAbsenceRate: number | null;
}

/** The session counts and rates of one run of dates (both ends inclusive). Rates are percentages, unrounded. */
export interface SessionFigures {
  start: IsoDate;
  end: IsoDate;
  possibleSessions: number;
  attendedSessions: number;
  authorisedSessions: number;
  unauthorisedSessions: number;
  attendanceRate: number;
  overallAbsenceRate: number;
  authorisedAbsenceRate: number;
  unauthorisedAbsenceRate: number;
  /** Half-term points only (and their last year); null for days and weeks. */
  halfTermAbsence: HalfTermAbsence | null;
}

export interface TimeSeriesPoint extends SessionFigures {
  /** The date (days), the Monday the week starts on (weeks), or the half term's name, e.g. 'Autumn 2'. */
  label: string;
  /** The LA half term (1 to 6) the day or week falls in, or that the point is; null in a holiday. */
  halfTerm: number | null;
  /** The same point of the previous academic year (see same-point-last-year.ts); null when it has no data. */
  lastYear: SessionFigures | null;
}

export interface AttendanceTimeSeries {
  /** Start year of the academic year, e.g. 2025 for 2025/26. */
  academicYear: number;
  start: IsoDate;
  end: IsoDate;
  /** The latest mark in the store; null when it holds none. */
  dataAsOf: IsoDate | null;
  granularity: TimeSeriesGranularity;
  cohort: CohortChoice;
  /** Oldest first; only points with possible sessions (holidays have none). */
  points: TimeSeriesPoint[];
}
