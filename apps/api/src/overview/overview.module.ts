import { Module } from '@nestjs/common';
import { OverviewResolver } from './overview.resolver.js';
import { OverviewService } from './overview.service.js';
import { SchoolSummaryResolver } from './school-summary.resolver.js';

@Module({ providers: [OverviewResolver, SchoolSummaryResolver, OverviewService], exports: [OverviewService] })
export class OverviewModule {}
