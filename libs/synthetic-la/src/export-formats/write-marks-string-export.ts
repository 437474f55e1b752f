import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { IsoDate } from '@attendance/domain';
import { PUPILS_HEADER, csvField, exportFileName, pupilRow } from '../export/csv-format.js';
import { exportedMarkRows, exportedPupils, type MarkRow } from '../export/export-view.js';
import type { GeneratedSchool } from '../school/generate-school.js';
import type { ExportCut } from '../school-plan/plan-synthetic-la.js';
import { encodeSessionString } from './session-string-encoder.js';

export const MARKS_STRING_HEADER = 'upn,start_date,marks';

export function marksStringFileName(urn: string, exportDate: IsoDate): string {
  return `${urn}_${exportDate.replace(/-/g, '')}_marks-string.csv`;
}

/** The marks-string file's lines (header included): one row per pupil with marks, in pupil order. */
export function marksStringLines(
  school: GeneratedSchool,
  cut: ExportCut,
  days: readonly IsoDate[],
): string[] {
  const lines = [MARKS_STRING_HEADER];
  let upn: string | null = null;
  let pupilRows: MarkRow[] = [];
  const flush = (): void => {
    const encoded = encodeSessionString(pupilRows);
    if (upn !== null && encoded !== null) {
      lines.push([upn, encoded.startDate, encoded.marks].map(csvField).join(','));
    }
  };
  for (const row of exportedMarkRows(school, cut, days)) {
    if (row.upn !== upn) {
      flush();
      upn = row.upn;
      pupilRows = [];
    }
    pupilRows.push(row);
  }
  flush();
  return lines;
}

/**
 * Writes a school's export in the marks-string variant: the same `<URN>_<YYYYMMDD>_pupils.csv` as the CSV
 * pair and `<URN>_<YYYYMMDD>_marks-string.csv` in place of the marks file. Returns the two file names.
 */
export async function writeMarksStringExport(
  school: GeneratedSchool,
  cut: ExportCut,
  days: readonly IsoDate[],
  outDir: string,
): Promise<[pupilsFile: string, marksStringFile: string]> {
  const { urn } = school.school;
  const pupilsFile = exportFileName(urn, cut.exportDate, 'pupils');
  const marksFile = marksStringFileName(urn, cut.exportDate);
  const pupils = exportedPupils(school, cut).map(pupilRow);
  await writeFile(join(outDir, pupilsFile), `${[PUPILS_HEADER, ...pupils].join('\n')}\n`);
  await writeFile(join(outDir, marksFile), `${marksStringLines(school, cut, days).join('\n')}\n`);
  return [pupilsFile, marksFile];
}
