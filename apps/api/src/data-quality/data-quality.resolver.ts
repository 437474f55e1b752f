import { Inject } from '@nestjs/common';
import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { AnalyticsStore, queryDataQuality } from '@attendance/analytics';
import { DataQuality } from './models/data-quality.model.js';

@Resolver(() => DataQuality)
export class DataQualityResolver {
  constructor(@Inject(AnalyticsStore) private readonly analytics: AnalyticsStore) {}

  @Query(() => DataQuality, { description: 'Data completeness and freshness for every school.' })
  dataQuality(
    @Args('recentDates', {
      type: () => Int,
      defaultValue: 10,
      description: 'How many recent register dates (1-40)',
    })
    recentDates: number,
  ): Promise<DataQuality> {
    return queryDataQuality(this.analytics, { recentDates });
  }
}
