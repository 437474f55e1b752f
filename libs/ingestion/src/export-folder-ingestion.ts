import { tmpdir } from 'node:os';
import { basename } from 'node:path';
import {
  exportsToLoadAtOnce,
  loadSchoolsSideBySide,
  loadSourceUnit,
  prepareExportFolder,
  type AnalyticsStore,
  type SourceFormat,
  type SourceUnit,
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
import { describeFinding, findingsFromError, findingsFromIssues } from './unit-findings.js';

export interface UnitOutcome {
  readonly urn: string;
  readonly exportDate: string;
  readonly format: SourceFormat;
  readonly status: ImportUnitStatus;
  readonly pupilRows: number;
  readonly markRows: number;
  readonly durationMs: number;
  /** The first error in words (all of them are in `errors`); null unless the unit failed. */
  readonly error: string | null;
  readonly errors: readonly ImportFinding[];
  /** The loader's warnings, and the schools sources' about this school (e.g. a GIAS establishment not loaded). */
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
  /**
   * Found while loading the folder's schools, e.g. GIAS establishments not loaded (no export phase). Those
   * about a school with an export are also stored with its unit; the others are reported here only.
   */
  readonly warnings: readonly ImportFinding[];
  /** Set when the folder itself could not be read (e.g. no schools.csv); no unit was attempted. */
  readonly error: string | null;
}

export interface IngestionDependencies {
  readonly analytics: AnalyticsStore;
  readonly history: ImportHistoryRepository;
}

export interface IngestionOptions {
  /** Called once the folder's units are known, before the first loads. */
  readonly onUnits?: (units: readonly SourceUnit[]) => void;
  readonly onUnit?: (outcome: UnitOutcome, position: { done: number; total: number }) => void;
  readonly onUnitStart?: (unit: SourceUnit, position: { index: number; total: number }) => void;
  /** Move rejected units to `<folder>/quarantine/` with a reason file (default true). */
  readonly quarantine?: boolean;
  /** Where exports in formats other than the CSV pair are converted (default: the system's temporary folder). */
  readonly workDir?: string;
}

/**
 * Loads a folder of school exports into the analytics store and records the run, unit by unit, in PostgreSQL.
 * The folder may hold any mix of formats (CSV pair, marks-string, CTF; schools.csv and/or a GIAS extract).
 * Each school export is one unit: it loads completely or not at all (the analytics loader's transaction), and a
 * failed unit does not stop the others. Each school's exports load in export-date order, so a later export's
 * corrections win, and several schools load at once (sharing transactions: see loadSchoolExport);
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
  const workDir = options.workDir ?? tmpdir();
  // One load runs at a time (the API queues them; DuckDB lets one process write), so a run still marked running
  // was cut short by a crash: close it before this one starts.
  await history.markInterruptedRuns();
  const run = await history.startRun(trigger, folder);
  let units: SourceUnit[];
  let schoolWarnings: ImportFinding[];
  try {
    const prepared = await prepareExportFolder(dependencies.analytics, folder, { workDir });
    units = prepared.units;
    schoolWarnings = findingsFromIssues(prepared.schools.warnings);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const empty = { unitsLoaded: 0, unitsFailed: 0, unitsSkipped: 0, marksLoaded: 0 };
    await history.finishRun(run.id, { status: 'failed', ...empty, error: message });
    return { runId: run.id, status: 'failed', ...empty, units: [], warnings: [], error: message };
  }
  options.onUnits?.(units);

  const outcomes: UnitOutcome[] = [];
  let started = 0;
  await loadSchoolsSideBySide(units, exportsToLoadAtOnce(dependencies.analytics), async (unit) => {
    options.onUnitStart?.(unit, { index: started++, total: units.length });
    const context: UnitContext = {
      folder,
      runId: run.id,
      quarantine: options.quarantine ?? true,
      workDir,
      // A GIAS warning names the establishment by URN (its value).
      schoolWarnings: schoolWarnings.filter((warning) => warning.value === unit.urn),
    };
    const outcome = await ingestUnit(dependencies, unit, context);
    outcomes.push(outcome);
    options.onUnit?.(outcome, { done: outcomes.length, total: units.length });
  });

  const count = (status: ImportUnitStatus) => outcomes.filter((outcome) => outcome.status === status).length;
  const [unitsLoaded, unitsFailed, unitsSkipped] = [count('loaded'), count('failed'), count('skipped')];
  const marksLoaded = outcomes.reduce((sum, outcome) => sum + outcome.markRows, 0);
  const status: ImportRunStatus =
    unitsFailed === 0 ? 'succeeded' : unitsLoaded + unitsSkipped > 0 ? 'partially-failed' : 'failed';
  await history.finishRun(run.id, {
    status,
    unitsLoaded,
    unitsFailed,
    unitsSkipped,
    marksLoaded,
    warnings: schoolWarnings,
  });
  return {
    runId: run.id,
    status,
    unitsLoaded,
    unitsFailed,
    unitsSkipped,
    marksLoaded,
    units: outcomes,
    warnings: schoolWarnings,
    error: null,
  };
}

interface UnitContext {
  folder: string;
  runId: string;
  quarantine: boolean;
  workDir: string;
  schoolWarnings: readonly ImportFinding[];
}

async function ingestUnit(
  { analytics, history }: IngestionDependencies,
  unit: SourceUnit,
  context: UnitContext,
): Promise<UnitOutcome> {
  const startedAt = performance.now();
  const files = unit.files;
  const pupilsFile = basename(files[0]);
  // The marks file of a pair; for a CTF, the CTF itself (it is both).
  const marksFile = basename(files[files.length - 1] as string);
  const checksum = await checksumOfFiles(files);
  const base = { urn: unit.urn, exportDate: unit.exportDate, checksum, format: unit.format };
  let result: Omit<UnitOutcome, 'urn' | 'exportDate' | 'format' | 'durationMs'> & {
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
      file: marksFile,
      message: `Not loaded: an export of ${latestLoaded} is already loaded for school ${unit.urn}, and this older export would undo its corrections`,
    };
    result = { ...notLoaded, status: 'skipped', errors: [], warnings: [warning] };
  } else {
    try {
      const loaded = await loadSourceUnit(analytics, unit, context.workDir);
      result = {
        status: 'loaded',
        pupilRows: loaded.pupilRows,
        markRows: loaded.markRows,
        firstDate: loaded.firstDate,
        lastDate: loaded.lastDate,
        error: null,
        errors: [],
        // `warnings` is new in the loader's result: a loader that does not fill it yet has none.
        warnings: [...context.schoolWarnings, ...findingsFromIssues(loaded.warnings ?? [])],
        quarantinedTo: null,
      };
    } catch (error) {
      const errors = findingsFromError(error, marksFile);
      const unitName = `${unit.urn}_${unit.exportDate.replaceAll('-', '')}`;
      const quarantinedTo = context.quarantine
        ? await quarantineUnit(context.folder, unitName, files, errors, context.runId)
        : null;
      const first = errors[0];
      result = {
        ...notLoaded,
        status: 'failed',
        error: first ? describeFinding(first) : 'failed',
        errors,
        warnings: [...context.schoolWarnings],
        quarantinedTo,
      };
    }
  }

  const durationMs = Math.round(performance.now() - startedAt);
  await history.recordUnit(context.runId, {
    ...base,
    status: result.status,
    pupilsFile,
    marksFile,
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
  return { urn: unit.urn, exportDate: unit.exportDate, format: unit.format, durationMs, ...reported };
}
