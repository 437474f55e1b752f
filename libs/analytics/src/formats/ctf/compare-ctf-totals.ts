import { attendedSessions, countSessions, type IsoDate } from '@attendance/domain';
import type { SourcePosition } from '../shared/source-position.js';
import { CTF_TOTAL_ELEMENTS, type CtfTotalField, type CtfYearData } from './ctf.types.js';

export interface CtfTotalMismatch {
  field: CtfTotalField;
  /** The CTF element, e.g. `SessionsAttended`. */
  element: string;
  stated: number;
  counted: number;
  source: SourcePosition;
  message: string;
}

/**
 * Cross-checks a YearData's stated session totals against marks, counted by the domain's `countSessions`
 * (DfE definitions: attended = present + approved educational activity; possible excludes not-possible and
 * administrative codes). Returns one entry per total that disagrees; empty when all four agree.
 */
export function compareCtfTotals(
  yearData: Pick<CtfYearData, CtfTotalField | 'totalSources'>,
  marks: Iterable<{ date: IsoDate; mark: string }>,
): CtfTotalMismatch[] {
  const counts = countSessions(marks);
  const counted: Record<CtfTotalField, number> = {
    sessionsPossible: counts.possible,
    sessionsAuthorised: counts.authorised,
    sessionsAttended: attendedSessions(counts),
    sessionsUnauthorised: counts.unauthorised,
  };
  return (Object.keys(CTF_TOTAL_ELEMENTS) as CtfTotalField[])
    .filter((field) => yearData[field] !== counted[field])
    .map((field) => {
      const element = CTF_TOTAL_ELEMENTS[field];
      const source = yearData.totalSources[field];
      return {
        field,
        element,
        stated: yearData[field],
        counted: counted[field],
        source,
        message: `${source.file} line ${source.line}, ${element}: states ${yearData[field]} but the AttendanceMarks give ${counted[field]}`,
      };
    });
}
