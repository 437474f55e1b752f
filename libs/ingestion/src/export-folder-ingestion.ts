import { readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import {
  SCHOOLS_FILE_NAME,
  exportUnitsInFolder,
  loadSchoolExport,
  loadSchoolsFile,
  type AnalyticsStore,
  type SchoolExportUnit,
} from '@attendance/analytics';
import type {
  ImportFinding,
  ImportHistoryRepository,
  ImportRunStatus,
  ImportRunTrigger,
  ImportUnitStatus,
} from '@attendance/persistence';
import { quarantineUnit } from './quarantine.js';
import { checksumOfFiles } from './unit-checksum.js';
import { describeFinding, findingsFromError } from './unit-findings.js';

export interface UnitOutcome {
  readonly urn: string;
  readonly exportDate: string;
  readonly status: ImportUnitStatus;
  readonly pupilRows: number;
  readonly markRows: number;
  readonly durationMs: number;
  /** The first error in words (all of them are in `errors`); null unless the unit failed. */
  readonly error: string | null;
  readonly errors: readonly ImportFinding[];
  readonly warnings: readonly ImportFinding[];
  readonly quarantinedTo: string | null;
}

export interface IngestionSummary {
  readonly runId: string;
  readonly status: ImportRunStatus;
  readonly unitsLoaded: number;
  readonly unitsFailed: number;
  readonly unitsSkipped: number;
  readonly marksLoaded: number;
  readonly units: readonly UnitOutcome[];
  /** Set when the folder itself could not be read (e.g. no schools.csv); no unit was attempted. */
  readonly error: string | null;
}

export interface IngestionDependencies {
  readonly analytics: AnalyticsStore;
  readonly history: ImportHistoryRepository;
}

export interface IngestionOptions {
  readonly onUnit?: (outcome: UnitOutcome, position: { done: number; total: number }) => void;
  readonly onUnitStart?: (unit: SchoolExportUnit, position: { index: number; total: number }) => void;
  /** Move rejected units to `<folder>/quarantine/` with a reason file (default true). */
  readonly quarantine?: boolean;
}

/**
 * Loads a folder of school exports into the analytics store and records the run, unit by unit, in PostgreSQL.
 * Each school export is one unit: it loads completely or not at all (the analytics loader's transaction), and a
 * failed unit does not stop the others. Exports load in export-date order, so a later export's corrections win;
 * files already loaded (same checksum) are skipped, and so is an export older than one already loaded for the
 * school, which would otherwise undo that later export's corrections.
 */
export async function ingestExportFolder(
  dependencies: IngestionDependencies,
  folder: string,
  trigger: ImportRunTrigger,
  options: IngestionOptions = {},
): Promise<IngestionSummary> {
  const { history } = dependencies;
  const run = await history.startRun(trigger, folder);
  let units: SchoolExportUnit[];
  try {
    const fileNames = await readdir(folder);
    if (!fileNames.includes(SCHOOLS_FILE_NAME)) {
      throw new Error(`The export folder ${folder} has no ${SCHOOLS_FILE_NAME}`);
    }
    await loadSchoolsFile(dependencies.analytics, join(folder, SCHOOLS_FILE_NAME));
    units = exportUnitsInFolder(folder, fileNames);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const empty = { unitsLoaded: 0, unitsFailed: 0, unitsSkipped: 0, marksLoaded: 0 };
    await history.finishRun(run.id, { status: 'failed', ...empty, error: message });
    return { runId: run.id, status: 'failed', ...empty, units: [], error: message };
  }

  const outcomes: UnitOutcome[] = [];
  for (const [index, unit] of units.entries()) {
    options.onUnitStart?.(unit, { index, total: units.length });
    const outcome = await ingestUnit(dependencies, folder, unit, run.id, options.quarantine ?? true);
    outcomes.push(outcome);
    options.onUnit?.(outcome, { done: outcomes.length, total: units.length });
  }

  const count = (status: ImportUnitStatus) => outcomes.filter((outcome) => outcome.status === status).length;
  const [unitsLoaded, unitsFailed, unitsSkipped] = [count('loaded'), count('failed'), count('skipped')];
  const marksLoaded = outcomes.reduce((sum, outcome) => sum + outcome.markRows, 0);
  const status: ImportRunStatus =
    unitsFailed === 0 ? 'succeeded' : unitsLoaded + unitsSkipped > 0 ? 'partially-failed' : 'failed';
  await history.finishRun(run.id, { status, unitsLoaded, unitsFailed, unitsSkipped, marksLoaded });
  return {
    runId: run.id,
    status,
    unitsLoaded,
    unitsFailed,
    unitsSkipped,
    marksLoaded,
    units: outcomes,
    error: null,
  };
}

async function ingestUnit(
  { analytics, history }: IngestionDependencies,
  folder: string,
  unit: SchoolExportUnit,
  runId: string,
  quarantine: boolean,
): Promise<UnitOutcome> {
  const startedAt = performance.now();
  const files = [unit.pupilsPath, unit.marksPath];
  const checksum = await checksumOfFiles(files);
  const base = { urn: unit.urn, exportDate: unit.exportDate, checksum, format: 'csv-pair' };
  let result: Omit<UnitOutcome, 'urn' | 'exportDate' | 'durationMs'> & {
    firstDate: string | null;
    lastDate: string | null;
  };
  const notLoaded = {
    pupilRows: 0,
    markRows: 0,
    firstDate: null,
    lastDate: null,
    quarantinedTo: null,
    error: null,
  };

  const latestLoaded = await history.latestLoadedExportDate(unit.urn);
  if (await history.isAlreadyLoaded(unit.urn, checksum)) {
    result = { ...notLoaded, status: 'skipped', errors: [], warnings: [] };
  } else if (latestLoaded !== null && unit.exportDate < latestLoaded) {
    const warning: ImportFinding = {
      file: basename(unit.marksPath),
      message: `Not loaded: an export of ${latestLoaded} is already loaded for school ${unit.urn}, and this older export would undo its corrections`,
    };
    result = { ...notLoaded, status: 'skipped', errors: [], warnings: [warning] };
  } else {
    try {
      const loaded = await loadSchoolExport(analytics, unit);
      result = {
        status: 'loaded',
        pupilRows: loaded.pupilRows,
        markRows: loaded.markRows,
        firstDate: loaded.firstDate,
        lastDate: loaded.lastDate,
        error: null,
        errors: [],
        warnings: [],
        quarantinedTo: null,
      };
    } catch (error) {
      const errors = findingsFromError(error, basename(unit.marksPath));
      const unitName = `${unit.urn}_${unit.exportDate.replaceAll('-', '')}`;
      const quarantinedTo = quarantine ? await quarantineUnit(folder, unitName, files, errors, runId) : null;
      const first = errors[0];
      result = {
        ...notLoaded,
        status: 'failed',
        error: first ? describeFinding(first) : 'failed',
        errors,
        warnings: [],
        quarantinedTo,
      };
    }
  }

  const durationMs = Math.round(performance.now() - startedAt);
  await history.recordUnit(runId, {
    ...base,
    status: result.status,
    pupilsFile: basename(unit.pupilsPath),
    marksFile: basename(unit.marksPath),
    pupilRows: result.pupilRows,
    markRows: result.markRows,
    firstDate: result.firstDate,
    lastDate: result.lastDate,
    durationMs,
    error: result.error,
    errors: [...result.errors],
    warnings: [...result.warnings],
    quarantinedTo: result.quarantinedTo,
  });
  const { firstDate: _first, lastDate: _last, ...reported } = result;
  return { urn: unit.urn, exportDate: unit.exportDate, durationMs, ...reported };
}
