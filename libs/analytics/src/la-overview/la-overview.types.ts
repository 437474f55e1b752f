import type { IsoDate } from '@attendance/domain';
import type { AnalyticsScope } from '../scope/analytics-scope.js';

/** DfE attendance and absence measures for a group of enrolments. Rates are percentages 0..100, unrounded. */
export interface AttendanceMeasures {
  /** Enrolments with at least one possible session (a pupil at two schools counts at each). */
  enrolments: number;
  possibleSessions: number;
  attendedSessions: number;
  authorisedSessions: number;
  unauthorisedSessions: number;
  /** Null when there are no possible sessions. */
  attendanceRate: number | null;
  overallAbsenceRate: number | null;
  authorisedAbsenceRate: number | null;
  unauthorisedAbsenceRate: number | null;
  persistentAbsentees: number;
  /** Persistent absentees / enrolments x 100; null when there are no enrolments. */
  persistentAbsenceRate: number | null;
  severeAbsentees: number;
  severeAbsenceRate: number | null;
}

/** One school week (Monday start): every enrolment with possible sessions that week. */
export interface WeeklyAttendance {
  weekStart: IsoDate;
  possibleSessions: number;
  attendanceRate: number | null;
  overallAbsenceRate: number | null;
  authorisedAbsenceRate: number | null;
  unauthorisedAbsenceRate: number | null;
}

export interface SchoolSummary {
  urn: string;
  name: string;
  phase: string;
  type: string;
  /** The school's latest mark in the period (any pupil, any code); null when it sent none. */
  lastMarkDate: IsoDate | null;
  measures: AttendanceMeasures;
}

export interface LaOverviewParams {
  from?: IsoDate | undefined;
  to?: IsoDate | undefined;
  /** Default the whole LA; a scope of some schools gives their figures only (headline, trend, schools). */
  scope?: AnalyticsScope;
}

export interface LaOverviewResult {
  /** The DfE label of the period's academic year, e.g. '2026/27'. */
  academicYear: string;
  /** Figures cover the statutory cohort only (aged 5 to 15 at the start of the year). */
  cohort: 'statutory';
  periodStart: IsoDate;
  periodEnd: IsoDate;
  /** The latest mark date in the store; null when it holds no marks. */
  dataAsOf: IsoDate | null;
  headline: AttendanceMeasures;
  weeklyTrend: WeeklyAttendance[];
  /** Every school in the store (in the scope), by name. */
  schools: SchoolSummary[];
}
