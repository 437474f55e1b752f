import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AnalyticsStore } from '@attendance/analytics';
import { ingestExportFolder, type UnitOutcome } from '@attendance/ingestion';
import { ImportHistoryRepository, OperationalDatabase } from '@attendance/persistence';
import { UsageError, dataDirFromEnvironment } from './command-context.js';

/** `ingest <folder>`: loads every school export in the folder and records the run in PostgreSQL. */
export async function runIngestCommand(args: string[]): Promise<number> {
  const [folderArgument] = args;
  if (!folderArgument) throw new UsageError('ingest needs the export folder');
  const folder = resolve(folderArgument);
  if (!existsSync(folder)) throw new UsageError(`The export folder ${folder} does not exist`);

  const dataDir = dataDirFromEnvironment();
  const database = await OperationalDatabase.open({
    databaseUrl: process.env['DATABASE_URL'] || undefined,
    dataDir,
    log: (message) => console.log(message),
  });
  const analytics = await AnalyticsStore.open({ path: join(dataDir, 'analytics.duckdb') });
  try {
    const summary = await ingestExportFolder(
      { analytics, history: new ImportHistoryRepository(database.dataSource) },
      folder,
      'cli',
      (outcome, { done, total }) => console.log(`[${done}/${total}] ${describeUnit(outcome)}`),
    );
    if (summary.error) console.error(`Run failed: ${summary.error}`);
    console.log(
      `Run ${summary.runId}: ${summary.status}; ${summary.unitsLoaded} exports loaded, ${summary.unitsFailed} failed, ` +
        `${summary.marksLoaded} marks`,
    );
    return summary.status === 'succeeded' ? 0 : 1;
  } finally {
    await analytics.close();
    await database.close();
  }
}

function describeUnit(outcome: UnitOutcome): string {
  const what = `${outcome.urn} export of ${outcome.exportDate}`;
  return outcome.status === 'loaded'
    ? `${what}: ${outcome.pupilRows} pupils, ${outcome.markRows} marks (${outcome.durationMs} ms)`
    : `${what}: FAILED ${outcome.error}`;
}
