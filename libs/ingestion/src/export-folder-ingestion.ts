import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import {
  ExportValidationError,
  SCHOOLS_FILE_NAME,
  exportUnitsInFolder,
  loadSchoolExport,
  loadSchoolsFile,
  type AnalyticsStore,
  type SchoolExportUnit,
} from '@attendance/analytics';
import type { ImportHistoryRepository, ImportRunStatus, ImportRunTrigger } from '@attendance/persistence';

export interface UnitOutcome {
  readonly urn: string;
  readonly exportDate: string;
  readonly status: 'loaded' | 'failed';
  readonly pupilRows: number;
  readonly markRows: number;
  readonly durationMs: number;
  readonly error: string | null;
}

export interface IngestionSummary {
  readonly runId: string;
  readonly status: ImportRunStatus;
  readonly unitsLoaded: number;
  readonly unitsFailed: number;
  readonly marksLoaded: number;
  readonly units: readonly UnitOutcome[];
  /** Set when the folder itself could not be read (e.g. no schools.csv); no unit was attempted. */
  readonly error: string | null;
}

export interface IngestionDependencies {
  readonly analytics: AnalyticsStore;
  readonly history: ImportHistoryRepository;
}

/**
 * Loads a folder of school exports into the analytics store and records the run, unit by unit, in PostgreSQL.
 * Each school export is one unit: it loads completely or not at all (the analytics loader's transaction), and a
 * failed unit does not stop the others. Exports load in export-date order, so a later export's corrections win.
 */
export async function ingestExportFolder(
  dependencies: IngestionDependencies,
  folder: string,
  trigger: ImportRunTrigger,
  onUnit?: (outcome: UnitOutcome, position: { done: number; total: number }) => void,
): Promise<IngestionSummary> {
  const { analytics, history } = dependencies;
  const run = await history.startRun(trigger, folder);
  let units: SchoolExportUnit[];
  try {
    const fileNames = await readdir(folder);
    if (!fileNames.includes(SCHOOLS_FILE_NAME)) {
      throw new Error(`The export folder ${folder} has no ${SCHOOLS_FILE_NAME}`);
    }
    await loadSchoolsFile(analytics, join(folder, SCHOOLS_FILE_NAME));
    units = exportUnitsInFolder(folder, fileNames);
  } catch (error) {
    const message = describeError(error);
    await history.finishRun(run.id, {
      status: 'failed',
      unitsLoaded: 0,
      unitsFailed: 0,
      marksLoaded: 0,
      error: message,
    });
    return {
      runId: run.id,
      status: 'failed',
      unitsLoaded: 0,
      unitsFailed: 0,
      marksLoaded: 0,
      units: [],
      error: message,
    };
  }

  const outcomes: UnitOutcome[] = [];
  for (const unit of units) {
    const outcome = await loadOneUnit(analytics, unit);
    await history.recordUnit(run.id, {
      urn: outcome.urn,
      exportDate: outcome.exportDate,
      pupilsFile: fileNameOf(unit.pupilsPath),
      marksFile: fileNameOf(unit.marksPath),
      status: outcome.status,
      pupilRows: outcome.pupilRows,
      markRows: outcome.markRows,
      firstDate: outcome.firstDate,
      lastDate: outcome.lastDate,
      durationMs: outcome.durationMs,
      error: outcome.error,
    });
    const { firstDate: _firstDate, lastDate: _lastDate, ...reported } = outcome;
    outcomes.push(reported);
    onUnit?.(reported, { done: outcomes.length, total: units.length });
  }

  const unitsLoaded = outcomes.filter((outcome) => outcome.status === 'loaded').length;
  const unitsFailed = outcomes.length - unitsLoaded;
  const marksLoaded = outcomes.reduce((sum, outcome) => sum + outcome.markRows, 0);
  const status: ImportRunStatus =
    unitsFailed === 0 ? 'succeeded' : unitsLoaded > 0 ? 'partially-failed' : 'failed';
  await history.finishRun(run.id, { status, unitsLoaded, unitsFailed, marksLoaded });
  return { runId: run.id, status, unitsLoaded, unitsFailed, marksLoaded, units: outcomes, error: null };
}

async function loadOneUnit(
  analytics: AnalyticsStore,
  unit: SchoolExportUnit,
): Promise<UnitOutcome & { firstDate: string | null; lastDate: string | null }> {
  const startedAt = performance.now();
  const elapsed = () => Math.round(performance.now() - startedAt);
  try {
    const result = await loadSchoolExport(analytics, unit);
    return {
      urn: unit.urn,
      exportDate: unit.exportDate,
      status: 'loaded',
      pupilRows: result.pupilRows,
      markRows: result.markRows,
      firstDate: result.firstDate,
      lastDate: result.lastDate,
      durationMs: elapsed(),
      error: null,
    };
  } catch (error) {
    return {
      urn: unit.urn,
      exportDate: unit.exportDate,
      status: 'failed',
      pupilRows: 0,
      markRows: 0,
      firstDate: null,
      lastDate: null,
      durationMs: elapsed(),
      error: describeError(error),
    };
  }
}

function describeError(error: unknown): string {
  if (error instanceof ExportValidationError) return error.message;
  return error instanceof Error ? error.message : String(error);
}

function fileNameOf(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}
