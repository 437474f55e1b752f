import { Inject, Injectable } from '@nestjs/common';
import {
  AnalyticsStore,
  headlineChanges,
  queryLaOverview,
  queryOverviewHalfTerms,
  querySchoolActions,
  WHOLE_LA_SCOPE,
  type AnalyticsScope,
  type HeadlineChanges,
  type LaOverviewResult,
  type OverviewHalfTerm,
  type SchoolActions,
} from '@attendance/analytics';
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
    const [overview, laName] = await Promise.all([this.overviewOf(args, scope), this.laName()]);
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

  /** The cached overview of a period: every figure of the page and the periods its changes compare with. */
  private overviewOf(
    args: { from?: string | undefined; to?: string | undefined },
    scope: AnalyticsScope,
  ): Promise<LaOverviewResult> {
    const period = { from: args.from, to: args.to };
    return this.cache.answer('laOverview', period, scope, () =>
      queryLaOverview(this.analytics, { ...period, scope }),
    );
  }

  /** The headline's changes since last week and since the same point last year, from cached overviews. */
  changes(overview: LaOverview, scope: AnalyticsScope): Promise<HeadlineChanges> {
    const period = { from: overview.periodStart, to: overview.periodEnd };
    return this.cache.answer('laOverviewChanges', period, scope, () =>
      headlineChanges(overview, (compared) => this.overviewOf(compared, scope)),
    );
  }

  /** The LA half terms of the overview's academic year. */
  halfTerms(overview: LaOverview): Promise<OverviewHalfTerm[]> {
    const period = { from: overview.periodStart, to: overview.periodEnd };
    return this.cache.answer('overviewHalfTerms', period, WHOLE_LA_SCOPE, () =>
      queryOverviewHalfTerms(this.analytics, period),
    );
  }

  /** One school's flags for the schools table, from the cached answer for every school of the scope. */
  async schoolActions(urn: string, scope: AnalyticsScope): Promise<SchoolActions | null> {
    return (await this.schoolActionsByUrn(scope)).get(urn) ?? null;
  }

  /** Every school's flags by URN: one cached answer per load and scope, for the rows and for sorting by them. */
  schoolActionsByUrn(scope: AnalyticsScope): Promise<ReadonlyMap<string, SchoolActions>> {
    return this.cache.answer('schoolActions', null, scope, async () => {
      const { schools } = await querySchoolActions(this.analytics, { scope });
      return new Map(schools.map((school) => [school.urn, school]));
    });
  }
}
