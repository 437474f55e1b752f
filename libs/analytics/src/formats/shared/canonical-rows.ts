import type { IsoDate } from '@attendance/domain';

// The one shape every source format is read into: the rows of the nightly CSV pair and schools.csv
// (README, "The nightly export formats"). Values stay strings exactly as the CSV files would hold them, so
// the loader validates every format with the same rules.

export const CANONICAL_PUPIL_COLUMNS = [
  'upn',
  'forename',
  'surname',
  'date_of_birth',
  'sex',
  'nc_year',
  'ethnicity',
  'sen_provision',
  'fsm_eligible',
  'eal',
  'cla',
  'cin',
  'cpp',
  'enrolment_status',
  'admission_date',
  'leaving_date',
] as const;

export type CanonicalPupilColumn = (typeof CANONICAL_PUPIL_COLUMNS)[number];

/** One row of `<URN>_<YYYYMMDD>_pupils.csv`. */
export type CanonicalPupilRow = Record<CanonicalPupilColumn, string>;

/** One row of `<URN>_<YYYYMMDD>_marks.csv`. */
export interface CanonicalMarkRow {
  upn: string;
  date: IsoDate;
  session: 'AM' | 'PM';
  mark: string;
}

export type CanonicalSchoolPhase = 'Primary' | 'Secondary' | 'Special' | 'All-through';

/** One row of `schools.csv`. */
export interface CanonicalSchoolRow {
  urn: string;
  laestab: string;
  name: string;
  phase: CanonicalSchoolPhase;
  type: string;
}
