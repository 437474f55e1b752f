import { Module } from '@nestjs/common';
import { EarlyWarningResolver } from './early-warning.resolver.js';

@Module({ providers: [EarlyWarningResolver] })
export class EarlyWarningModule {}
