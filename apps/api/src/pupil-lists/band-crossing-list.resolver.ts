import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { AnalyticsStore, queryBandCrossingList, type AnalyticsScope } from '@attendance/analytics';
import { AnalyticsCache } from '../analytics-cache/analytics-cache.js';
import { CallerScope } from '../caller-scope/caller-scope.js';
import { periodFigures } from '../period/period-figures.js';
import { narrowScopeToSchool } from '../school-scope/narrow-scope-to-school.js';
import { BandCrossingListArgs } from './band-crossing-list.args.js';
import { BandCrossingList } from './models/band-crossing-list.model.js';

@Resolver(() => BandCrossingList)
export class BandCrossingListResolver {
  constructor(
    @Inject(AnalyticsStore) private readonly analytics: AnalyticsStore,
    @Inject(AnalyticsCache) private readonly cache: AnalyticsCache,
  ) {}

  @Query(() => BandCrossingList, {
    description:
      "Enrolments whose year-to-date attendance fell into a lower escalation band over the last N school weeks (the LA's ladder; statutory cohort), sorted and paged",
  })
  async bandCrossingList(
    @Args() args: BandCrossingListArgs,
    @CallerScope() scope: AnalyticsScope,
  ): Promise<BandCrossingList> {
    const schoolScope = await narrowScopeToSchool(this.analytics, scope, args.urn);
    const params = {
      weeks: args.weeks,
      asOf: args.asOf,
      sort: args.sort,
      limit: args.limit,
      offset: args.offset,
    };
    const result = await this.cache.answer('bandCrossingList', params, schoolScope, () =>
      queryBandCrossingList(this.analytics, { ...params, scope: schoolScope }),
    );
    const { weeks, bands, length, pupils } = result;
    return { ...periodFigures(result), weeks, bands, length, pupils };
  }
}
