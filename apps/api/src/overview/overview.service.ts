import { Inject, Injectable } from '@nestjs/common';
import { AnalyticsStore, queryLaOverview } from '@attendance/analytics';
import { LocalAuthorityProfileRepository } from '@attendance/persistence';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import type { LaOverview } from './models/la-overview.model.js';
import type { LaOverviewArgs } from './la-overview.args.js';

const UNNAMED_AUTHORITY = 'Local authority';

@Injectable()
export class OverviewService {
  constructor(
    @Inject(AnalyticsStore) private readonly analytics: AnalyticsStore,
    @Inject(LocalAuthorityProfileRepository) private readonly profiles: LocalAuthorityProfileRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async laOverview(args: LaOverviewArgs): Promise<LaOverview> {
    const [overview, profile] = await Promise.all([
      queryLaOverview(this.analytics, { from: args.from, to: args.to }),
      this.profiles.find(),
    ]);
    return { ...overview, laName: this.config.laName ?? profile?.name ?? UNNAMED_AUTHORITY };
  }
}
