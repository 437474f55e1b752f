import type { IsoDate } from '@attendance/domain';

/** How a school's export of one night was sent (README, "The nightly export formats"). */
export type SourceFormat = 'csv-pair' | 'marks-string' | 'ctf';

interface SourceUnitOf<Format extends SourceFormat, Files extends readonly string[]> {
  urn: string;
  /** The night the export was produced: from the file name, or a CTF header's `DateTime`. */
  exportDate: IsoDate;
  format: Format;
  /** Absolute paths of every file of the unit: checksummed, loaded and quarantined together. */
  files: Files;
}

/**
 * One school's export of one night, in whichever format it came: the unit that loads completely or not at
 * all. `files` is the pupils file then the marks file (`_marks.csv` or `_marks-string.csv`), or the one CTF.
 */
export type SourceUnit =
  | SourceUnitOf<'csv-pair' | 'marks-string', readonly [pupilsPath: string, marksPath: string]>
  | SourceUnitOf<'ctf', readonly [ctfPath: string]>;

/** The reader of the unit's files gives the school from a CTF header's LAESTAB (LA code + establishment). */
export type FindUrnByLaestab = (laestab: string) => Promise<string | null>;
