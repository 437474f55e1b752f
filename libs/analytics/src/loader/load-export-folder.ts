import { tmpdir } from 'node:os';
import { prepareExportFolder } from '../sources/prepare-export-folder.js';
import { loadSourceUnit } from '../sources/load-source-unit.js';
import type { SchoolSourcesLoadResult } from '../sources/school-sources.js';
import type { AnalyticsStore } from '../store/analytics-store.js';
import { exportsToLoadAtOnce } from './export-load-queue.js';
import { loadSchoolsSideBySide } from './load-schools-side-by-side.js';
import type { SchoolExportLoadResult } from './school-export-unit.js';

export interface ExportFolderLoadResult {
  folder: string;
  schools: SchoolSourcesLoadResult;
  /** In the order they finished (each school's in export-date order). */
  units: SchoolExportLoadResult[];
}

export interface ExportFolderLoadOptions {
  /** Where exports in formats other than the CSV pair are converted (default: the system's temporary folder). */
  workDir?: string;
}

/**
 * Loads an LA's export folder, in any mix of formats: its schools first (GIAS extract and/or schools.csv), then
 * every school export, each loading completely or not at all: each school's in export-date order, several schools
 * at once (loadSchoolExport batches them into shared transactions). Stops at the first export that fails (ExportValidationError): the ones
 * loaded stay loaded, no other starts, and the failed one changes nothing, so the folder can be loaded again
 * once fixed. (Nightly ingestion, libs/ingestion, goes on past a failed export.)
 */
export async function loadExportFolder(
  store: AnalyticsStore,
  folder: string,
  onUnit?: (result: SchoolExportLoadResult) => void,
  options: ExportFolderLoadOptions = {},
): Promise<ExportFolderLoadResult> {
  const workDir = options.workDir ?? tmpdir();
  const { schools, units } = await prepareExportFolder(store, folder, { workDir });
  const results: SchoolExportLoadResult[] = [];
  await loadSchoolsSideBySide(
    units,
    exportsToLoadAtOnce(store),
    async (unit) => {
      const result = await loadSourceUnit(store, unit, workDir);
      results.push(result);
      onUnit?.(result);
    },
    { stopOnError: true },
  );
  return { folder, schools, units: results };
}
