import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { AnalyticsStore } from '../store/analytics-store.js';
import { exportUnitsInFolder } from './export-folder-units.js';
import { ExportValidationError } from './export-validation-error.js';
import { loadSchoolExport } from './load-school-export.js';
import { loadSchoolsFile, type SchoolsFileLoadResult } from './load-schools-file.js';
import type { SchoolExportLoadResult } from './school-export-unit.js';

export const SCHOOLS_FILE_NAME = 'schools.csv';

export interface ExportFolderLoadResult {
  folder: string;
  schools: SchoolsFileLoadResult;
  /** In the order loaded: export date, then URN. */
  units: SchoolExportLoadResult[];
}

/**
 * Loads an LA's export folder: schools.csv first, then every school export in export-date order, each in its
 * own transaction. Stops at the first export that fails (ExportValidationError): the ones before it stay
 * loaded, it and the ones after it change nothing, so the folder can be loaded again once fixed.
 */
export async function loadExportFolder(
  store: AnalyticsStore,
  folder: string,
  onUnit?: (result: SchoolExportLoadResult) => void,
): Promise<ExportFolderLoadResult> {
  const fileNames = await readdir(folder);
  if (!fileNames.includes(SCHOOLS_FILE_NAME)) {
    throw new ExportValidationError([
      {
        file: SCHOOLS_FILE_NAME,
        problem: 'missing-file',
        message: `The export folder ${folder} has no schools.csv`,
      },
    ]);
  }
  const units = exportUnitsInFolder(folder, fileNames);
  const schools = await loadSchoolsFile(store, join(folder, SCHOOLS_FILE_NAME));
  const results: SchoolExportLoadResult[] = [];
  for (const unit of units) {
    const result = await loadSchoolExport(store, unit);
    results.push(result);
    onUnit?.(result);
  }
  return { folder, schools, units: results };
}
