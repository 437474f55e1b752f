import type { IsoDate } from '@attendance/domain';
import type { AnalyticsScope } from '../scope/analytics-scope.js';

export interface SchoolActionsParams {
  /** Default the whole LA. Counts only, so any scope may ask. */
  scope?: AnalyticsScope;
}

/** Children of a school whose CME run has reached a milestone (or a longer one). */
export interface SchoolCmeMilestoneCount {
  /** 3, 6, 10 or 20 school days (the domain's CME_LA_MILESTONE_DAYS). */
  milestone: number;
  children: number;
}

/** What a school's row of the LA's schools table flags, as of the store's latest mark. */
export interface SchoolActions {
  urn: string;
  /** Statutory-cohort attendance over the school's latest four school weeks this academic year. */
  latestFourWeeksAttendanceRate: number | null;
  /** The same over the four school weeks before them. */
  previousFourWeeksAttendanceRate: number | null;
  /** Latest minus previous, in percentage points; null unless the school has eight school weeks this year. */
  fourWeekChange: number | null;
  /** Enrolments on the penalty-notice list (the list filtered to the school). */
  penaltyNoticePupils: number;
  /** Children on the CME milestone list at each milestone or beyond (3 days: every run on the list). */
  cmeMilestones: SchoolCmeMilestoneCount[];
  /** The school's latest stored mark; null when it has sent none. */
  lastMarkDate: IsoDate | null;
  /** How many of the LA's recent register dates come after the school's latest mark (0: up to date). */
  registerDatesBehind: number;
}

export interface SchoolActionsResult {
  /** The store's latest mark, the date every figure is as of; null when it holds no marks. */
  dataAsOf: IsoDate | null;
  /** The LA's most recent register dates (newest first) that registerDatesBehind counts among. */
  recentRegisterDates: IsoDate[];
  /** Every school of the scope, by URN. */
  schools: SchoolActions[];
}
