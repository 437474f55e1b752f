import { mkdtemp, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { GIAS_COLUMNS, GIAS_OPEN_STATUSES } from '../formats/gias/gias-establishment-mapping.js';
import type { GiasSkippedEstablishment } from '../formats/gias/read-gias-establishments-file.js';
import { readCsvRecords } from '../formats/shared/csv-records.js';
import { FormatReadError } from '../formats/shared/format-read-error.js';
import { ExportValidationError } from '../loader/export-validation-error.js';
import { loadSchoolsFile, type SchoolsFileLoadResult } from '../loader/load-schools-file.js';
import type { AnalyticsStore } from '../store/analytics-store.js';
import { convertGiasExtract } from './conversion/convert-gias.js';
import { remapIssues } from './conversion/remap-issues.js';
import { textEncodingOf } from './conversion/text-encoding.js';
import { formatReadErrorAsValidationError, type SourceValidationIssue } from './source-issues.js';

export const SCHOOLS_FILE_NAME = 'schools.csv';

/** GIAS "All establishment data" as downloaded: `edubasealldata<YYYYMMDD>.csv`. */
const GIAS_EXTRACT_NAME = /^edubasealldata(\d{8})\.csv$/i;

export interface SchoolSourcesOptions {
  /** URNs the folder's exports name: the GIAS establishments of their LAs are loaded (unless `laCode`). */
  unitUrns: readonly string[];
  /** LAESTABs of CTFs named by LAESTAB (see `schoolsNamedByExportFiles`): their LAs count too. */
  unitLaestabs?: readonly string[];
  /** Load the GIAS establishments of this LA (e.g. `999`) rather than of the LAs the exports name. */
  laCode?: string;
  /** Where the GIAS extract is converted (in a temporary folder, removed afterwards). */
  workDir: string;
}

export interface SchoolSourcesLoadResult {
  /** Each source loaded, in order: the GIAS extract, then schools.csv (whose rows win). */
  files: SchoolsFileLoadResult[];
  /**
   * GIAS establishments selected but not loaded (no export phase, e.g. a nursery school or a PRU), each at its
   * line with column `URN` and the URN as value.
   */
  warnings: SourceValidationIssue[];
}

/**
 * Loads a folder's schools: the GIAS extract (names, phase and type; the latest if there are several) and then
 * the LA's own schools.csv, whose rows win. Either may be missing, not both. From GIAS, the establishments of
 * `laCode`, else of the LAs that hold any of the exports' schools, are loaded: the open ones, and any other an
 * export names (a closed school's last exports still load). Closed establishments no export names stay out:
 * GIAS keeps every one since the 1990s, and they would crowd every school list. Each source loads in one
 * transaction; a bad one throws ExportValidationError naming the source file's line and column.
 */
export async function loadSchoolSources(
  store: AnalyticsStore,
  folder: string,
  fileNames: readonly string[],
  options: SchoolSourcesOptions,
): Promise<SchoolSourcesLoadResult> {
  const giasFile = latestGiasExtract(fileNames);
  const hasSchoolsFile = fileNames.includes(SCHOOLS_FILE_NAME);
  if (giasFile === null && !hasSchoolsFile) {
    throw new ExportValidationError([
      {
        file: SCHOOLS_FILE_NAME,
        problem: 'missing-file',
        message: `The export folder ${folder} has no schools.csv or GIAS extract (edubasealldata<YYYYMMDD>.csv)`,
      },
    ]);
  }
  const files: SchoolsFileLoadResult[] = [];
  const warnings: SourceValidationIssue[] = [];
  if (giasFile !== null) {
    const gias = await loadGiasExtract(store, join(folder, giasFile), options);
    files.push(gias.loaded);
    warnings.push(...gias.warnings);
  }
  if (hasSchoolsFile) files.push(await loadSchoolsFile(store, join(folder, SCHOOLS_FILE_NAME)));
  return { files, warnings };
}

/** The GIAS extract with the latest date in its name, or null. */
function latestGiasExtract(fileNames: readonly string[]): string | null {
  const extracts = fileNames
    .map((name) => ({ name, date: GIAS_EXTRACT_NAME.exec(name)?.[1] }))
    .filter((extract): extract is { name: string; date: string } => extract.date !== undefined)
    .sort((a, b) => a.date.localeCompare(b.date));
  return extracts.at(-1)?.name ?? null;
}

async function loadGiasExtract(
  store: AnalyticsStore,
  path: string,
  options: SchoolSourcesOptions,
): Promise<{ loaded: SchoolsFileLoadResult; warnings: SourceValidationIssue[] }> {
  const file = basename(path);
  const encoding = await textEncodingOf(path);
  const urns = new Set(options.unitUrns);
  const laestabs = new Set(options.unitLaestabs ?? []);
  const laCodes =
    options.laCode === undefined
      ? await laCodesHolding(path, encoding, urns, laestabs)
      : new Set([options.laCode]);
  const skipped: GiasSkippedEstablishment[] = [];
  const folder = await mkdtemp(join(options.workDir, 'attendance-gias-'));
  try {
    const converted = await convertGiasExtract(path, folder, SCHOOLS_FILE_NAME, {
      encoding,
      include: (establishment) =>
        laCodes.has(establishment.laCode) &&
        (GIAS_OPEN_STATUSES.has(establishment.status) ||
          urns.has(establishment.urn) ||
          laestabs.has(`${establishment.laCode}${establishment.establishmentNumber}`)),
      onSkipped: (establishment) => skipped.push(establishment),
    }).catch((error: unknown) => {
      throw error instanceof FormatReadError ? formatReadErrorAsValidationError(error) : error;
    });
    let schoolRows = 0;
    if (converted.schoolRows > 0) {
      try {
        ({ schoolRows } = await loadSchoolsFile(store, converted.file.path));
      } catch (error) {
        if (!(error instanceof ExportValidationError)) throw error;
        throw new ExportValidationError(await remapIssues(error.issues, [converted.file]), error.issueCount);
      }
    }
    return {
      loaded: { file, schoolRows },
      warnings: skipped.map((establishment) => skippedIssue(file, establishment)),
    };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** LA codes of the establishments with these URNs, and of these LAESTABs (a first pass reads two columns). */
async function laCodesHolding(
  path: string,
  encoding: 'utf8' | 'latin1',
  urns: ReadonlySet<string>,
  laestabs: ReadonlySet<string>,
): Promise<Set<string>> {
  const laCodes = new Set([...laestabs].map((laestab) => laestab.slice(0, 3)));
  if (urns.size === 0) return laCodes;
  const required = [GIAS_COLUMNS.urn, GIAS_COLUMNS.laCode];
  try {
    for await (const record of readCsvRecords(path, { required, encoding })) {
      if (urns.has((record.values[GIAS_COLUMNS.urn] ?? '').trim())) {
        laCodes.add((record.values[GIAS_COLUMNS.laCode] ?? '').trim());
      }
    }
  } catch (error) {
    throw error instanceof FormatReadError ? formatReadErrorAsValidationError(error) : error;
  }
  return laCodes;
}

function skippedIssue(file: string, establishment: GiasSkippedEstablishment): SourceValidationIssue {
  // Column and value name the establishment, so a caller can tell which school's exports it concerns.
  return {
    file,
    line: establishment.source.line,
    column: GIAS_COLUMNS.urn,
    value: establishment.urn,
    problem: 'bad-value',
    message: `${establishment.name} (URN ${establishment.urn}) is not loaded as a school: ${establishment.reason}`,
  };
}
