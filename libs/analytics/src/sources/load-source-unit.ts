import { mkdtemp, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { CtfHeader } from '../formats/ctf/ctf.types.js';
import { readCtfHeader } from '../formats/ctf/read-ctf-file.js';
import { FormatReadError } from '../formats/shared/format-read-error.js';
import { ExportValidationError } from '../loader/export-validation-error.js';
import { loadSchoolExport } from '../loader/load-school-export.js';
import type { SchoolExportLoadResult } from '../loader/school-export-unit.js';
import type { AnalyticsStore } from '../store/analytics-store.js';
import { convertCtfExport } from './conversion/convert-ctf.js';
import { convertMarksStringExport } from './conversion/convert-marks-string.js';
import type { ConvertedExport } from './conversion/converted-export.js';
import { remapIssues } from './conversion/remap-issues.js';
import { describeSourceSchool, sourceLaestab, sourceSchoolUrn } from './ctf-school.js';
import { urnNamedFile } from './export-file-names.js';
import { formatReadErrorAsValidationError } from './source-issues.js';
import type { SourceUnit } from './source-unit.js';
import { findUrnByLaestabIn } from './urn-by-laestab.js';

/**
 * Loads one unit. A CSV pair goes straight to `loadSchoolExport`. Any other format is first converted,
 * streaming, into the canonical CSV pair in a temporary folder under `workDir` (removed afterwards) and then
 * loaded by `loadSchoolExport`, so every loader rule applies to every format. Problems are reported against
 * the files the school sent: a reader error, a CTF from another school or CTF totals that disagree with the
 * marks throw ExportValidationError before anything is loaded; the loader's own issues and warnings are mapped
 * back to the source file's line, field (the `marks` column, the CTF element) and session-string offset.
 * On any error the store is unchanged.
 */
export async function loadSourceUnit(
  store: AnalyticsStore,
  unit: SourceUnit,
  workDir: string,
): Promise<SchoolExportLoadResult> {
  const { urn, exportDate } = unit;
  if (unit.format === 'csv-pair') {
    const [pupilsPath, marksPath] = unit.files;
    return loadSchoolExport(store, { urn, exportDate, pupilsPath, marksPath });
  }
  const folder = await mkdtemp(join(workDir, 'attendance-convert-'));
  try {
    const converted = await convertUnit(store, unit, folder).catch((error: unknown) => {
      throw error instanceof FormatReadError ? formatReadErrorAsValidationError(error) : error;
    });
    let result: SchoolExportLoadResult;
    try {
      result = await loadSchoolExport(store, {
        urn,
        exportDate,
        pupilsPath: converted.pupilsPath,
        marksPath: converted.marksPath,
        recordedFiles: {
          pupilsFile: basename(unit.files[0]),
          marksFile: basename(unit.files[unit.files.length - 1] as string),
        },
      });
    } catch (error) {
      if (!(error instanceof ExportValidationError)) throw error;
      throw new ExportValidationError(
        await remapIssues(error.issues, converted.convertedFiles),
        error.issueCount,
      );
    }
    return { ...result, warnings: await remapIssues(result.warnings, converted.convertedFiles) };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

async function convertUnit(
  store: AnalyticsStore,
  unit: Exclude<SourceUnit, { format: 'csv-pair' }>,
  folder: string,
): Promise<ConvertedExport> {
  const canonicalName = (suffix: string) => urnNamedFile(unit.urn, unit.exportDate, suffix);
  if (unit.format === 'marks-string') {
    const [pupilsPath, marksStringPath] = unit.files;
    return convertMarksStringExport(pupilsPath, marksStringPath, folder, canonicalName('marks.csv'));
  }
  const [ctfPath] = unit.files;
  const header = await readCtfHeader(ctfPath);
  await assertSentBy(store, unit.urn, header, basename(ctfPath));
  return convertCtfExport(ctfPath, header, folder, {
    pupils: canonicalName('pupils.csv'),
    marks: canonicalName('marks.csv'),
  });
}

/** A CTF holds the register of its header's source school: loading it as another school's would be wrong. */
async function assertSentBy(
  store: AnalyticsStore,
  urn: string,
  header: CtfHeader,
  file: string,
): Promise<void> {
  const sender = await sourceSchoolUrn(header, findUrnByLaestabIn(store));
  if (sender === urn) return;
  throw new ExportValidationError([
    {
      file,
      line: header.sources.sourceSchool.line,
      column: 'SourceSchool',
      value: header.sourceSchool.urn ?? sourceLaestab(header),
      problem: 'wrong-school',
      message:
        `The CTF was sent by ${describeSourceSchool(header)}` +
        `${sender === null ? ', which is not a school in the store' : ''}, not school ${urn} as its file name says`,
    },
  ]);
}
