import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AnalyticsStore } from '@attendance/analytics';
import { describeFinding, ingestExportFolder } from '@attendance/ingestion';
import { ImportHistoryRepository, OperationalDatabase } from '@attendance/persistence';
import { UsageError, dataDirFromEnvironment } from './command-context.js';
import { IngestProgress } from './ingest-progress.js';
import { formatIngestSummaryTable } from './ingest-summary-table.js';

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
  const progress = new IngestProgress();
  try {
    const summary = await ingestExportFolder(
      { analytics, history: new ImportHistoryRepository(database.dataSource) },
      folder,
      'cli',
      {
        onUnits: (units) => progress.unitsFound(units),
        onUnitStart: (unit, position) => progress.unitStarted(unit, position),
        onUnit: (outcome, position) => progress.unitFinished(outcome, position),
      },
    );
    progress.stop();
    if (summary.error) console.error(`Run failed: ${summary.error}`);
    const [firstWarning] = summary.warnings;
    if (firstWarning) {
      const count = summary.warnings.length;
      console.log(
        `\n${count} ${count === 1 ? 'warning' : 'warnings'} loading the folder's schools, the first: ` +
          describeFinding(firstWarning),
      );
    }
    if (summary.units.length > 0) console.log(`\n${formatIngestSummaryTable(summary)}\n`);
    console.log(
      `Run ${summary.runId}: ${summary.status}; ${summary.unitsLoaded} exports loaded, ${summary.unitsSkipped} skipped, ` +
        `${summary.unitsFailed} failed, ${summary.marksLoaded} marks`,
    );
    return summary.status === 'succeeded' ? 0 : 1;
  } finally {
    progress.stop();
    await analytics.close();
    await database.close();
  }
}
