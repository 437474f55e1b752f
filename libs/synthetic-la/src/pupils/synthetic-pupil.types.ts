import type { IsoDate } from '@attendance/domain';

export type Sex = 'M' | 'F';
export type SenProvision = 'N' | 'K' | 'E';
export type EnrolmentStatus = 'C' | 'M' | 'S' | 'G';

/** One row of a pupils file. Booleans are written Y/N; a null leaving date is written empty (on roll). */
export interface SyntheticPupil {
  upn: string;
  forename: string;
  surname: string;
  dateOfBirth: IsoDate;
  sex: Sex;
  /** NC year ordinal: N2 = -1, R = 0, 1..14. */
  ncYear: number;
  ethnicity: string;
  senProvision: SenProvision;
  fsmEligible: boolean;
  eal: boolean;
  cla: boolean;
  /** Child in need; also Y for a child on a protection plan (cpp), N for a looked-after child. */
  cin: boolean;
  cpp: boolean;
  enrolmentStatus: EnrolmentStatus;
  admissionDate: IsoDate;
  leavingDate: IsoDate | null;
}
