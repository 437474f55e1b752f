import { Module } from '@nestjs/common';
import { DfeExportResolver } from './dfe-export.resolver.js';

@Module({ providers: [DfeExportResolver] })
export class DfeExportModule {}
