import type { IsoDate } from '@attendance/domain';
import type { CanonicalPupilColumn, CanonicalPupilRow } from '../shared/canonical-rows.js';
import type { PositionedMarkRow } from '../marks-string/read-marks-string-file.js';
import type { SourcePosition } from '../shared/source-position.js';

/** A school as a CTF names it: LA code and establishment number (together the LAESTAB), URN when given. */
export interface CtfSchool {
  laCode: string;
  estab: string;
  urn: string | null;
  name: string | null;
}

/** `CTfile/Header`. */
export interface CtfHeader {
  ctfVersion: string | null;
  /** `DateTime` as written (ISO date-time). */
  dateTime: string | null;
  sourceSchool: CtfSchool;
  destSchool: CtfSchool | null;
  /** Where the header, its `SourceSchool` (the `LEA` element) and its `DateTime` are, for messages. */
  sources: { header: SourcePosition; sourceSchool: SourcePosition; dateTime: SourcePosition | null };
}

/** The DfE session totals a `YearData` states, cross-checked against its marks by `compareCtfTotals`. */
export interface CtfSessionTotals {
  sessionsPossible: number;
  sessionsAuthorised: number;
  sessionsAttended: number;
  sessionsUnauthorised: number;
}

export type CtfTotalField = keyof CtfSessionTotals;

/** Element name of each total, for messages. */
export const CTF_TOTAL_ELEMENTS: Readonly<Record<CtfTotalField, string>> = {
  sessionsPossible: 'SessionsPossible',
  sessionsAuthorised: 'SessionsAuthorised',
  sessionsAttended: 'SessionsAttended',
  sessionsUnauthorised: 'SessionsUnauthorised',
};

/** One `Pupil/Attendance/YearData`: a year's attendance at one school. */
export interface CtfYearData extends CtfSessionTotals {
  /** `Year` as written (the academic year it starts in, e.g. 2024 for 2024/25). */
  year: string;
  laCode: string;
  estab: string;
  attendanceStartDate: IsoDate | null;
  /** Decoded `AttendanceMarks`, each with line, offset and session index. */
  marks: PositionedMarkRow[];
  /** The `YearData` element; `totalSources` holds each total's own element. */
  source: SourcePosition;
  totalSources: Readonly<Record<CtfTotalField, SourcePosition>>;
}

/** One `Pupil` read into the canonical pupil row plus its attendance years. */
export interface CtfPupil {
  header: CtfHeader;
  /** `cin` and `cpp` are empty: a CTF does not carry child-in-need or child-protection status. */
  pupil: CanonicalPupilRow;
  /** The element each pupil column was read from, where one element gives it (e.g. `upn` from `UPN`). */
  fieldSources: Partial<Record<CanonicalPupilColumn, SourcePosition>>;
  years: CtfYearData[];
  source: SourcePosition;
}
