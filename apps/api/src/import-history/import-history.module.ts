import { Module } from '@nestjs/common';
import { ImportHistoryResolver } from './import-history.resolver.js';

@Module({ providers: [ImportHistoryResolver] })
export class ImportHistoryModule {}
