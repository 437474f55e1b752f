import { ConflictException, Inject, Injectable, Logger, PreconditionFailedException } from '@nestjs/common';
import { AnalyticsStore } from '@attendance/analytics';
import { ingestExportFolder, type IngestionSummary } from '@attendance/ingestion';
import { ImportHistoryRepository, type ImportRunTrigger } from '@attendance/persistence';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';

/**
 * Loads export folders: the configured drop folder, for the nightly schedule and the "load now" mutation, and
 * the demo LA's on a first start. One load at a time: this process is the only writer of the DuckDB file, two
 * loads of one folder would race each other, and a load closes any run still marked running as interrupted,
 * which must never be another load of this process.
 */
@Injectable()
export class DropFolderIngestionService {
  private readonly logger = new Logger(DropFolderIngestionService.name);
  private running: Promise<IngestionSummary> | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(AnalyticsStore) private readonly analytics: AnalyticsStore,
    @Inject(ImportHistoryRepository) private readonly history: ImportHistoryRepository,
  ) {}

  get isConfigured(): boolean {
    return this.config.ingest.folder !== undefined;
  }

  async loadDropFolder(trigger: ImportRunTrigger): Promise<IngestionSummary> {
    const folder = this.config.ingest.folder;
    if (!folder) throw new PreconditionFailedException('No drop folder is configured: set INGEST_FOLDER');
    return this.loadFolder(folder, trigger);
  }

  /** Loads `folder` now; refused (ConflictException) while another load runs. */
  async loadFolder(folder: string, trigger: ImportRunTrigger): Promise<IngestionSummary> {
    if (this.running) throw new ConflictException('A load is already running');
    this.running = ingestExportFolder({ analytics: this.analytics, history: this.history }, folder, trigger);
    try {
      const summary = await this.running;
      this.logger.log(
        `Load of ${folder} (${trigger}): ${summary.status}; ${summary.unitsLoaded} loaded, ` +
          `${summary.unitsSkipped} skipped, ${summary.unitsFailed} failed`,
      );
      return summary;
    } finally {
      this.running = null;
    }
  }
}
