import { Module } from '@nestjs/common';
import { IngestionModule } from '../ingestion/ingestion.module.js';
import { ImportHistoryResolver } from './import-history.resolver.js';

@Module({ imports: [IngestionModule], providers: [ImportHistoryResolver] })
export class ImportHistoryModule {}
