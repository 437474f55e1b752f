import { basename, join } from 'node:path';
import { GIAS_COLUMNS } from '../../formats/gias/gias-establishment-mapping.js';
import {
  readGiasEstablishmentsFile,
  type GiasReadOptions,
} from '../../formats/gias/read-gias-establishments-file.js';
import { CsvRowWriter } from './csv-row-writer.js';
import { positionColumn, type ConvertedFile } from './remap-issues.js';

const SCHOOLS_COLUMNS = ['urn', 'laestab', 'name', 'phase', 'type'] as const;

/** The GIAS column a schools.csv column comes from, for issues on the converted file. */
const GIAS_COLUMN_OF: Readonly<Record<string, string>> = {
  urn: GIAS_COLUMNS.urn,
  laestab: GIAS_COLUMNS.establishmentNumber,
  name: GIAS_COLUMNS.name,
  phase: GIAS_COLUMNS.phase,
  type: GIAS_COLUMNS.type,
};

export interface ConvertedGiasExtract {
  file: ConvertedFile;
  schoolRows: number;
}

/**
 * Writes the selected establishments of a GIAS extract (streamed) as a canonical schools.csv in `folder`,
 * each row with its GIAS line. A reader error (`FormatReadError`) propagates.
 */
export async function convertGiasExtract(
  giasPath: string,
  folder: string,
  convertedName: string,
  options: GiasReadOptions,
): Promise<ConvertedGiasExtract> {
  const path = join(folder, convertedName);
  const writer = new CsvRowWriter(path, [...SCHOOLS_COLUMNS, 'source_line']);
  let schoolRows = 0;
  try {
    for await (const school of readGiasEstablishmentsFile(giasPath, options)) {
      writer.push([...SCHOOLS_COLUMNS.map((column) => school[column]), String(school.source.line)]);
      schoolRows += 1;
      await writer.flushIfFull();
    }
    await writer.close();
  } catch (error) {
    await writer.abandon();
    throw error;
  }
  return {
    schoolRows,
    file: {
      name: basename(path),
      path,
      sourceFile: basename(giasPath),
      locate: (row, column) => ({
        line: positionColumn(row, 'source_line') ?? 0,
        ...(column === undefined ? {} : { column: GIAS_COLUMN_OF[column] ?? column }),
      }),
    },
  };
}
