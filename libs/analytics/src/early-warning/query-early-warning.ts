import {
  assertEarlyWarningModel,
  EARLY_WARNING_MODEL,
  isValidIsoDate,
  type EarlyWarningModel,
  type IsoDate,
} from '@attendance/domain';
import { pupilListRequest } from '../pupil-lists/pupil-list-request.js';
import type { AnalyticsScope } from '../scope/analytics-scope.js';
import type { AnalyticsStore } from '../store/analytics-store.js';
import { EARLY_WARNING_SORTS, type EarlyWarningSort } from './early-warning.sql.js';
import { readEarlyWarning } from './read-early-warning.js';

export interface EarlyWarningParams {
  /** The last date counted (default and at most the latest mark); the projection is to the end of its year. */
  asOf?: IsoDate;
  scope?: AnalyticsScope;
  /** Default lowest projected attendance first. */
  sort?: EarlyWarningSort;
  /** Only pupils likely to become persistently absent (default: every enrolment). */
  flaggedOnly?: boolean;
  /** A member of the domain's early-warning family (default the shipped EARLY_WARNING_MODEL). */
  model?: EarlyWarningModel;
  /** Default 50 a page, at most 500. */
  limit?: number;
  offset?: number;
}

/** One statutory-cohort enrolment's year so far and where it is heading (see the domain's projectEndOfYear). */
export interface EarlyWarningPupil {
  urn: string;
  schoolName: string;
  upn: string;
  /** The store's id of the pupil (pupils.pupil_id, never changed): refers to the pupil without the UPN. */
  pupilId: number;
  yearGroup: string | null;
  possibleSessions: number;
  attendedSessions: number;
  attendanceRate: number;
  recentPossibleSessions: number;
  recentAttendedSessions: number;
  recentAttendanceRate: number | null;
  /** The school's statutory-cohort attendance so far, percent, to a tenth (the one the projection uses). */
  schoolAttendanceRate: number;
  expectedAttendanceRate: number;
  remainingPossibleSessions: number;
  projectedAttendanceRate: number;
  /** The projected absence, percent, this pupil is flagged from (the margin shrinks as the year goes on). */
  flagFromProjectedAbsencePercent: number;
  alreadyPersistent: boolean;
  likelyPersistent: boolean;
}

export interface EarlyWarningList {
  academicYear: number;
  /** First day of the year to date. */
  start: IsoDate;
  /** The last date counted: the one asked for, or the latest mark when that is earlier. */
  asOf: IsoDate;
  dataAsOf: IsoDate | null;
  /** The recent rate counts the weeks from this Monday (the last RECENT_SCHOOL_WEEKS school weeks); null: none yet. */
  recentFrom: IsoDate | null;
  /** The model the list was made with. */
  model: EarlyWarningModel;
  /** Statutory-cohort enrolments with a possible session so far, in scope. */
  enrolments: number;
  alreadyPersistent: number;
  likelyPersistent: number;
  /** How many pupils the whole list holds (every page): the flagged ones with `flaggedOnly`, else every enrolment. */
  length: number;
  pupils: EarlyWarningPupil[];
}

/**
 * Every statutory-cohort enrolment's attendance so far, recent rate, school rate, projected end-of-year
 * attendance and early-warning flag, computed in SQL exactly as the domain's projectEndOfYear defines them for
 * the model (default the shipped one; another member of the family for its evaluation), sorted and paged,
 * with how many are already or likely to become persistently absent. Remaining sessions come from the LA
 * term calendar (the one the store's half terms come from). Pupil-level: refused unless the scope allows it.
 */
export async function queryEarlyWarning(
  store: AnalyticsStore,
  params: EarlyWarningParams = {},
): Promise<EarlyWarningList> {
  const { scope, sort, limit, offset } = pupilListRequest(params, EARLY_WARNING_SORTS, 'projected');
  const model = params.model ?? EARLY_WARNING_MODEL;
  assertEarlyWarningModel(model);
  if (params.asOf !== undefined && !isValidIsoDate(params.asOf)) {
    throw new RangeError(`asOf must be a real date as YYYY-MM-DD, got "${params.asOf}"`);
  }
  const flaggedOnly = params.flaggedOnly ?? false;

  return store.read((session) =>
    readEarlyWarning(session, { asOf: params.asOf, scope, sort, flaggedOnly, model, limit, offset }),
  );
}
