import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { CronJob } from 'cron';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { DropFolderIngestionService } from './drop-folder-ingestion.service.js';

const JOB_NAME = 'nightly-drop-folder-ingestion';

/** Loads the drop folder on INGEST_SCHEDULE (cron, server local time; default 02:00 every night). */
@Injectable()
export class NightlyIngestionScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(NightlyIngestionScheduler.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(SchedulerRegistry) private readonly scheduler: SchedulerRegistry,
    @Inject(DropFolderIngestionService) private readonly ingestion: DropFolderIngestionService,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.ingestion.isConfigured) return;
    const job = CronJob.from({
      cronTime: this.config.ingest.schedule,
      onTick: () => this.runScheduledLoad(),
    });
    this.scheduler.addCronJob(JOB_NAME, job);
    job.start();
    this.logger.log(`Drop folder ${this.config.ingest.folder} loads on "${this.config.ingest.schedule}"`);
  }

  private async runScheduledLoad(): Promise<void> {
    try {
      await this.ingestion.loadDropFolder('schedule');
    } catch (error) {
      this.logger.error(`Scheduled load failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
