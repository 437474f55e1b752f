import { Module } from '@nestjs/common';
import { OverviewModule } from '../overview/overview.module.js';
import { SchoolOverviewResolver } from './school-overview.resolver.js';
import { SchoolOverviewService } from './school-overview.service.js';

@Module({
  imports: [OverviewModule],
  providers: [SchoolOverviewResolver, SchoolOverviewService],
})
export class SchoolOverviewModule {}
