import { Inject, Injectable } from '@nestjs/common';
import { AnalyticsStore, queryLaOverview, WHOLE_LA_SCOPE, type AnalyticsScope } from '@attendance/analytics';
import { LocalAuthorityProfileRepository } from '@attendance/persistence';
import { AnalyticsCache } from '../analytics-cache/analytics-cache.js';
import { ComparisonsService, ownComparison } from '../comparisons/comparisons.service.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import type { LaOverview } from './models/la-overview.model.js';
import type { LaOverviewArgs } from './la-overview.args.js';

const UNNAMED_AUTHORITY = 'Local authority';

@Injectable()
export class OverviewService {
  constructor(
    @Inject(AnalyticsStore) private readonly analytics: AnalyticsStore,
    @Inject(AnalyticsCache) private readonly cache: AnalyticsCache,
    @Inject(ComparisonsService) private readonly comparisons: ComparisonsService,
    @Inject(LocalAuthorityProfileRepository) private readonly profiles: LocalAuthorityProfileRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** LA_NAME, else the name loaded with the data (cached with the figures: a load may set it). */
  async laName(): Promise<string> {
    if (this.config.laName) return this.config.laName;
    return this.cache.answer('laName', null, WHOLE_LA_SCOPE, async () => {
      return (await this.profiles.find())?.name ?? UNNAMED_AUTHORITY;
    });
  }

  /** The overview of the caller's schools (the whole LA for the LA's own staff). */
  async laOverview(args: LaOverviewArgs, scope: AnalyticsScope): Promise<LaOverview> {
    const period = { from: args.from, to: args.to };
    const [overview, laName] = await Promise.all([
      this.cache.answer('laOverview', period, scope, () =>
        queryLaOverview(this.analytics, { ...period, scope }),
      ),
      this.laName(),
    ]);
    const { schools, ...figures } = overview;
    return {
      ...figures,
      allSchools: schools,
      laName,
      comparisons: this.comparisons.compare({
        academicYear: overview.academicYear,
        phase: 'Total',
        own: [ownComparison('LA', laName, overview.headline)],
      }),
    };
  }
}
