import type { EscalationBand, IsoDate, SessionCounts } from '@attendance/domain';
import type { CohortChoice } from '../la-overview/period-enrolment-weeks.sql.js';
import type { AttendanceMeasures } from '../la-overview/la-overview.types.js';
import type { AnalyticsScope } from '../scope/analytics-scope.js';
import type { MeasureDimension } from './measure-dimensions.js';

export interface CohortMeasuresParams {
  /** One or two dimensions. */
  dimensions: readonly MeasureDimension[];
  /** As for the LA overview: default the academic year to date; a period sits inside one academic year. */
  from?: IsoDate;
  to?: IsoDate;
  /** Default the statutory cohort; pupils outside it are reported apart, never mixed in. */
  cohort?: CohortChoice;
  /** Default the whole LA. */
  scope?: AnalyticsScope;
  /** The LA's escalation bands for the band distribution (default the domain's example ladder). */
  bands?: readonly EscalationBand[];
}

/** One group: a value of each dimension, or all of it (`null` in `keys` with `all` true). */
export interface CohortGroup {
  /** Per dimension: the group's value; null with `all` (every value) or when not recorded. */
  keys: (string | null)[];
  /** Per dimension: true when the row covers every value of it (a subtotal or the total). */
  all: boolean[];
  measures: AttendanceMeasures;
  /** Session counts incl. each DfE reason column (not-possible and administrative codes are not summed here). */
  sessions: SessionCounts;
  /** Absence sessions of persistently absent enrolments: their share of all absence. */
  persistentAbsenceSessions: number;
  /** Enrolments per band, in the order of `bands`. */
  bandEnrolments: number[];
}

export interface CohortMeasuresResult {
  academicYear: number;
  start: IsoDate;
  end: IsoDate;
  dataAsOf: IsoDate | null;
  cohort: CohortChoice;
  dimensions: readonly MeasureDimension[];
  bands: { id: string; label: string }[];
  groups: CohortGroup[];
}
