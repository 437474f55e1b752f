import { Module } from '@nestjs/common';
import { OverviewResolver } from './overview.resolver.js';
import { OverviewService } from './overview.service.js';

@Module({ providers: [OverviewResolver, OverviewService], exports: [OverviewService] })
export class OverviewModule {}
