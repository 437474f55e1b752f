import type { IsoDate } from '@attendance/domain';

export interface SyntheticLaOptions {
  /** Everything random is derived from this number; the same options give byte-identical files. */
  seed: number;
  /** Number of schools in the LA (mostly primaries, a few secondaries, 1-3 special schools). */
  schools: number;
  /** Approximate number of pupils on roll across the LA (nursery to sixth form); school sizes scale to it. */
  pupils: number;
  /** Start year of the academic year, e.g. 2024 for 2024/25. */
  academicYear: number;
  /** Last date with marks, inclusive. The generator never reads the clock. */
  asOf: IsoDate;
  /** Cap on weeks of marks counted from the Monday of the first school day of the year. */
  weeks?: number;
  /** Display name of the synthetic LA (the LA code is always 999). */
  laName?: string;
  /** Date in the export file names (the night the export ran); defaults to the last date with marks. */
  exportDate?: IsoDate;
  /** Also write an earlier export (a week before) for some schools, with N marks the later export amends. */
  amendedExports?: boolean;
  /** The formats to write (default: the CSV pair for every school, and schools.csv). */
  formats?: SyntheticExportFormats;
}

/**
 * How a school's export is written (the formats are documented in libs/analytics/src/formats/README.md):
 * the CSV pair, the pupils file with a marks-string file, or a Common Transfer File named either the
 * generator's way (`<URN>_<YYYYMMDD>_ctf.xml`) or as schools' systems name it
 * (`<LAESTAB>_CTF_<LA>LLLL_<nnn>.xml`, the school and date only in its header).
 */
export type SchoolExportFormat = 'csv' | 'marks-string' | 'ctf' | 'ctf-dfe-name';

/** A mixed folder gives school i the format MIXED_EXPORT_FORMATS[i % 4]. */
export const MIXED_EXPORT_FORMATS: readonly SchoolExportFormat[] = Object.freeze([
  'csv',
  'marks-string',
  'ctf',
  'ctf-dfe-name',
]);

export interface SyntheticExportFormats {
  /** One format for every school, or `mixed` (MIXED_EXPORT_FORMATS in turn). Default `csv`. */
  exports?: SchoolExportFormat | 'mixed';
  /** `csv`: the LA's schools.csv (default); `gias`: a GIAS extract `edubasealldata<YYYYMMDD>.csv` instead. */
  schools?: 'csv' | 'gias';
}

/** The format of school `index`'s exports under these options. */
export function schoolExportFormat(options: SyntheticLaOptions, index: number): SchoolExportFormat {
  const exports = options.formats?.exports ?? 'csv';
  return exports === 'mixed'
    ? (MIXED_EXPORT_FORMATS[index % MIXED_EXPORT_FORMATS.length] as SchoolExportFormat)
    : exports;
}

export const SYNTHETIC_LA_CODE = '999';
export const DEFAULT_LA_NAME = 'Synthetic Borough Council';

/** The product's demo LA: about 40 schools and 12,000 pupils, part way through spring term 2024/25. */
export const DEFAULT_DEMO_OPTIONS: SyntheticLaOptions = Object.freeze({
  seed: 20240901,
  schools: 40,
  pupils: 12000,
  academicYear: 2024,
  asOf: '2025-03-21',
  laName: DEFAULT_LA_NAME,
  amendedExports: true,
});
