import type { ExportValidationIssue } from './export-validation-error.js';
import type { IsoDate } from '@attendance/domain';

/** One school's export of one night: the pupils file and the marks file. */
export interface SchoolExportUnit {
  urn: string;
  /** The night the export was produced (YYYYMMDD in the file names). */
  exportDate: IsoDate;
  pupilsPath: string;
  marksPath: string;
  /**
   * The file names to record for the export when the files loaded are conversions of what the school sent
   * (a marks-string file, a CTF): `loaded_exports` then names the school's files. Problems still name the
   * loaded files, for the caller to map back.
   */
  recordedFiles?: { pupilsFile: string; marksFile: string };
}

export interface SchoolExportLoadResult {
  urn: string;
  exportDate: IsoDate;
  pupilsFile: string;
  marksFile: string;
  /** First and last session date in the marks file; null when it has no rows. */
  firstDate: IsoDate | null;
  lastDate: IsoDate | null;
  pupilRows: number;
  markRows: number;
  /** Marks the store held for this school from firstDate to lastDate, now replaced. */
  replacedMarkRows: number;
  /** Things worth a look that did not stop the load (e.g. a session day missing from the LA calendar). */
  warnings: ExportValidationIssue[];
}
