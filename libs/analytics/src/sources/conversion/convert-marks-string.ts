import { basename, join } from 'node:path';
import { readMarksStringFile } from '../../formats/marks-string/read-marks-string-file.js';
import type { ConvertedExport } from './converted-export.js';
import { PositionedMarksFile } from './positioned-marks-file.js';

/**
 * Decodes a marks-string file (streamed) into a canonical marks file in `folder`; the pupils file is the
 * school's own and is loaded as it is. A reader error (`FormatReadError`) propagates.
 */
export async function convertMarksStringExport(
  pupilsPath: string,
  marksStringPath: string,
  folder: string,
  convertedMarksName: string,
): Promise<ConvertedExport> {
  const marks = new PositionedMarksFile(join(folder, convertedMarksName));
  try {
    for await (const row of readMarksStringFile(marksStringPath)) {
      marks.add(row);
      await marks.flushIfFull();
    }
    await marks.close();
  } catch (error) {
    await marks.abandon();
    throw error;
  }
  return {
    pupilsPath,
    marksPath: marks.path,
    convertedFiles: [marks.convertedFrom(basename(marksStringPath), 'marks', ['upn'])],
  };
}
