/** An ISO calendar date, `YYYY-MM-DD`. Dates in this library never carry a time or a time zone. */
export type IsoDate = string;

/** The two register code sets in force in England, switched on the date of the session. */
export type CodeSetId = 'regulations-2006' | 'regulations-2024';

/** How the DfE counts a mark in published absence statistics. */
export type StatisticalCategory =
  | 'present'
  | 'approved-educational-activity'
  | 'authorised-absence'
  | 'unauthorised-absence'
  | 'not-possible'
  | 'administrative';

/** The reason column a mark falls into in the DfE's published absence files (census layout). */
export type DfeReasonColumn =
  | 'sess_auth_illness'
  | 'sess_auth_appointments'
  | 'sess_auth_religious'
  | 'sess_auth_study'
  | 'sess_auth_traveller'
  | 'sess_auth_holiday'
  | 'sess_auth_ext_holiday'
  | 'sess_auth_excluded'
  | 'sess_auth_other'
  | 'sess_unauth_holiday'
  | 'sess_unauth_late'
  | 'sess_unauth_other'
  | 'sess_unauth_noyet';

export interface RegisterCodeDefinition {
  readonly code: string;
  readonly meaning: string;
  readonly category: StatisticalCategory;
  /** Only absence codes have a reason column; attendance and non-possible codes have none. */
  readonly reasonColumn: DfeReasonColumn | null;
}

export interface RegisterCodeSet {
  readonly id: CodeSetId;
  /** First session date (inclusive) the set applies to; null for the earliest set. */
  readonly inForceFrom: IsoDate | null;
  readonly codes: readonly RegisterCodeDefinition[];
}
