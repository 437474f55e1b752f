import { readdir } from 'node:fs/promises';
import type { AnalyticsStore } from '../store/analytics-store.js';
import { schoolsNamedByExportFiles } from './export-file-names.js';
import { loadSchoolSources, type SchoolSourcesLoadResult } from './school-sources.js';
import type { SourceUnit } from './source-unit.js';
import { sourceUnitsInFolder } from './source-units-in-folder.js';
import { findUrnByLaestabIn } from './urn-by-laestab.js';

export interface PreparedExportFolder {
  schools: SchoolSourcesLoadResult;
  /** In loading order: export date, then URN. */
  units: SourceUnit[];
}

/**
 * The first step of loading a drop folder, shared by every caller so they all see the same units: loads the
 * folder's schools (GIAS extract and/or schools.csv), then forms its export files into units. Schools come
 * first because a CTF may name its school by LAESTAB only, which only the loaded schools resolve to a URN.
 * Throws ExportValidationError for a folder without schools, a bad schools source, or files that do not
 * form units; no export has been loaded then.
 */
export async function prepareExportFolder(
  store: AnalyticsStore,
  folder: string,
  options: { workDir: string; laCode?: string },
): Promise<PreparedExportFolder> {
  const fileNames = await readdir(folder);
  const named = schoolsNamedByExportFiles(fileNames);
  const schools = await loadSchoolSources(store, folder, fileNames, {
    unitUrns: named.urns,
    unitLaestabs: named.laestabs,
    workDir: options.workDir,
    ...(options.laCode === undefined ? {} : { laCode: options.laCode }),
  });
  const units = await sourceUnitsInFolder(folder, fileNames, { findUrnByLaestab: findUrnByLaestabIn(store) });
  return { schools, units };
}
