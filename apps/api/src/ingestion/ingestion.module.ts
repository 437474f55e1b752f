import { Module } from '@nestjs/common';
import { DropFolderIngestionService } from './drop-folder-ingestion.service.js';
import { NightlyIngestionScheduler } from './nightly-ingestion.scheduler.js';

@Module({
  providers: [DropFolderIngestionService, NightlyIngestionScheduler],
  exports: [DropFolderIngestionService],
})
export class IngestionModule {}
