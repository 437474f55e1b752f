import type { DfeReasonColumn, EscalationBand, IsoDate, StatisticalCategory } from '@attendance/domain';
import type { EarlyWarningPupil } from '../early-warning/query-early-warning.js';
import type { BandRef } from '../pupil-lists/band-crossing-list.js';
import type { AnalyticsScope } from '../scope/analytics-scope.js';

/** The pupil, by UPN or by the store's pupil id (which pages put in their addresses instead of the UPN). */
export type PupilRef = { upn: string; pupilId?: undefined } | { pupilId: number; upn?: undefined };

export type PupilRecordParams = PupilRef & {
  urn: string;
  /** Start year (2025 = 2025/26); default the academic year of the latest mark in the store. */
  academicYear?: number;
  /** The LA's escalation ladder for the year-to-date band (default the domain's example ladder). */
  bands?: readonly EscalationBand[];
  /** Must allow pupil-level data and include the school. */
  scope: AnalyticsScope;
};

/** From the school's current pupils file (names are never stored). */
export interface PupilCharacteristics {
  yearGroup: string | null;
  sex: string | null;
  senProvision: string | null;
  fsmEligible: boolean | null;
  eal: boolean | null;
  cin: boolean | null;
  cpp: boolean | null;
  cla: boolean | null;
  /** C (single), M (main dual registration), S (subsidiary dual registration), as the pupils file says. */
  enrolmentStatus: string;
  admissionDate: IsoDate;
  leavingDate: IsoDate | null;
  /** Aged 5 to 15 on 31 August before the year: the cohort of the headline figures and the pupil lists. */
  inStatutoryCohort: boolean;
}

export interface PupilRecordMark {
  code: string;
  /** The DfE category of the code in force on the date. */
  category: StatisticalCategory;
  /** The DfE reason column an absence is counted under; null for any other mark. */
  reasonColumn: DfeReasonColumn | null;
}

/** A date the school recorded a mark for the pupil; null for a session without one. */
export interface PupilRecordDay {
  date: IsoDate;
  am: PupilRecordMark | null;
  pm: PupilRecordMark | null;
}

export interface PupilRecordSessions {
  possibleSessions: number;
  attendedSessions: number;
  authorisedSessions: number;
  unauthorisedSessions: number;
  /** Null when there were no possible sessions. */
  attendanceRate: number | null;
  overallAbsenceRate: number | null;
}

export interface PupilRecordWeek extends PupilRecordSessions {
  /** Monday. */
  weekStart: IsoDate;
  /** From the start of the year to the end of this week. */
  yearToDateAttendanceRate: number | null;
  yearToDateBand: BandRef | null;
}

export interface PupilRecordYearToDate extends PupilRecordSessions {
  notPossibleSessions: number;
  administrativeSessions: number;
  persistentlyAbsent: boolean;
  severelyAbsent: boolean;
  band: BandRef | null;
}

/**
 * The pupil's row of the early-warning list (queryEarlyWarning, the domain's projectEndOfYear) without who
 * they are: the year so far, the recent and school rates, the projected end-of-year attendance and the flags.
 */
export type PupilRecordProjection = Omit<
  EarlyWarningPupil,
  'urn' | 'schoolName' | 'upn' | 'pupilId' | 'yearGroup'
>;

/** The current run of unexplained absence (N, O), as the CME milestone list counts it. */
export interface PupilCmeRun {
  /** Consecutive school days of the school's own register, back from its last school day; 0: no run. */
  daysInRun: number;
  /** The run's first school day; null without a run. */
  runSince: IsoDate | null;
  /** The highest LA milestone (3, 6, 10, 20 school days) reached; null below the first. */
  milestone: number | null;
  /** The school's last school day on or before the record's status date: the run is counted back from it. */
  lastSchoolDay: IsoDate | null;
}

/** The rolling 10 school weeks of the penalty-notice threshold, as the penalty-notice list counts them. */
export interface PupilPenaltyNoticeWindow {
  /** Monday of the earliest school week of the window. */
  windowStart: IsoDate;
  /** The school's last register date on or before the record's status date. */
  windowEnd: IsoDate;
  /** 10, fewer only where the school's data starts inside the window. */
  schoolWeeks: number;
  /** Sessions of G, N, O and U in the window. */
  unauthorisedSessions: number;
  /** The sessions the national threshold needs (10). */
  threshold: number;
  meetsThreshold: boolean;
  /** When the window's sessions reached the threshold; null when they have not. */
  thresholdMetOn: IsoDate | null;
}

export interface PupilRecord {
  academicYear: number;
  dataAsOf: IsoDate | null;
  school: { urn: string; name: string; phase: string; type: string };
  upn: string;
  /** The store's id of the pupil (pupils.pupil_id, never changed). */
  pupilId: number;
  characteristics: PupilCharacteristics;
  /** Every date of the year with a mark, oldest first. */
  calendar: PupilRecordDay[];
  /** Every week with a mark, oldest first. */
  weeks: PupilRecordWeek[];
  /** Absence sessions under each DfE reason column, in the domain's column order. */
  reasons: { column: DfeReasonColumn; sessions: number }[];
  yearToDate: PupilRecordYearToDate;
  /** The same pupil (UPN) on roll at other schools of the LA the scope can see, e.g. dual registration. */
  otherEnrolments: { urn: string; schoolName: string; enrolmentStatus: string }[];
  /**
   * The date the projection, CME run and penalty-notice window are drawn up on, as the lists draw them up
   * on it: the latest mark in the store, or the end of the record's year when that is earlier; null for a
   * year the store holds no marks of yet (the three are null then).
   */
  statusAsOf: IsoDate | null;
  /** Null outside the statutory cohort or without a possible session so far (the early-warning list's rows). */
  projection: PupilRecordProjection | null;
  /** Null unless of compulsory school age on the school's last register date (the CME list's children). */
  cme: PupilCmeRun | null;
  /**
   * Null unless of compulsory school age on the school's last register date, and before 19 August 2024 when
   * the national threshold came in.
   */
  penaltyNotice: PupilPenaltyNoticeWindow | null;
}
