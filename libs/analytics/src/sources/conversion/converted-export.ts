import type { ConvertedFile } from './remap-issues.js';

/** A unit converted into the canonical CSV pair the loader reads, and how to map its issues back. */
export interface ConvertedExport {
  pupilsPath: string;
  marksPath: string;
  /** The files written by the conversion (a marks-string unit's pupils file is the school's own). */
  convertedFiles: ConvertedFile[];
}
