import { basename, join } from 'node:path';
import { compareCtfTotals, type CtfTotalMismatch } from '../../formats/ctf/compare-ctf-totals.js';
import type { CtfHeader, CtfYearData } from '../../formats/ctf/ctf.types.js';
import { readCtfFile } from '../../formats/ctf/read-ctf-file.js';
import {
  ExportValidationError,
  MAX_REPORTED_ISSUES,
  type ExportValidationIssue,
} from '../../loader/export-validation-error.js';
import type { ConvertedExport } from './converted-export.js';
import { CtfPupilsFile } from './ctf-pupils-file.js';
import { PositionedMarksFile } from './positioned-marks-file.js';

/**
 * Converts a CTF (streamed, pupil by pupil) into a canonical pupils and marks file in `folder`. Marks come
 * from the `Attendance/YearData` of the sending school only (the header's SourceSchool LEA and Estab): a
 * pupil's years at other schools are not this school's register. Each of those YearData's four totals is
 * cross-checked with its marks; any disagreement rejects the unit (ExportValidationError, `totals-disagree`).
 * A reader error (`FormatReadError`) propagates.
 */
export async function convertCtfExport(
  ctfPath: string,
  header: CtfHeader,
  folder: string,
  names: { pupils: string; marks: string },
): Promise<ConvertedExport> {
  const file = basename(ctfPath);
  const pupils = new CtfPupilsFile(join(folder, names.pupils));
  const marks = new PositionedMarksFile(join(folder, names.marks));
  const disagreements: ExportValidationIssue[] = [];
  let disagreementCount = 0;
  try {
    for await (const ctf of readCtfFile(ctfPath)) {
      pupils.add(ctf);
      for (const year of ctf.years) {
        if (!isSendingSchools(year, header)) continue;
        for (const mismatch of compareCtfTotals(year, year.marks)) {
          disagreementCount += 1;
          if (disagreements.length < MAX_REPORTED_ISSUES) {
            disagreements.push(totalsIssue(file, ctf.pupil.upn, year, mismatch));
          }
        }
        for (const mark of year.marks) marks.add(mark);
      }
      await pupils.flushIfFull();
      await marks.flushIfFull();
    }
    await pupils.close();
    await marks.close();
  } catch (error) {
    await pupils.abandon();
    await marks.abandon();
    throw error;
  }
  if (disagreementCount > 0) throw new ExportValidationError(disagreements, disagreementCount);
  return {
    pupilsPath: pupils.path,
    marksPath: marks.path,
    convertedFiles: [pupils.convertedFrom(file), marks.convertedFrom(file, 'AttendanceMarks')],
  };
}

function isSendingSchools(year: CtfYearData, header: CtfHeader): boolean {
  return year.laCode === header.sourceSchool.laCode && year.estab === header.sourceSchool.estab;
}

function totalsIssue(
  file: string,
  upn: string,
  year: CtfYearData,
  mismatch: CtfTotalMismatch,
): ExportValidationIssue {
  return {
    file,
    line: mismatch.source.line,
    column: mismatch.element,
    value: String(mismatch.stated),
    problem: 'totals-disagree',
    message:
      `${mismatch.element} of pupil ${upn} for ${year.year} states ${mismatch.stated} sessions, ` +
      `but the AttendanceMarks give ${mismatch.counted}`,
  };
}
