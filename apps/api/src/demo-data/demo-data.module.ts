import { Module } from '@nestjs/common';
import { IngestionModule } from '../ingestion/ingestion.module.js';
import { DemoDataBootstrap } from './demo-data.bootstrap.js';

@Module({ imports: [IngestionModule], providers: [DemoDataBootstrap] })
export class DemoDataModule {}
