import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { AnalyticsStore, queryAttendanceTimeSeries, type AnalyticsScope } from '@attendance/analytics';
import { AnalyticsCache } from '../analytics-cache/analytics-cache.js';
import { assertMaySeeUnsuppressedFigures, CallerScope } from '../caller-scope/caller-scope.js';
import { periodFigures } from '../period/period-figures.js';
import { AttendanceTimeSeries } from './models/attendance-time-series.model.js';
import { TimeSeriesArgs } from './time-series.args.js';

@Resolver(() => AttendanceTimeSeries)
export class TimeSeriesResolver {
  constructor(
    @Inject(AnalyticsStore) private readonly analytics: AnalyticsStore,
    @Inject(AnalyticsCache) private readonly cache: AnalyticsCache,
  ) {}

  @Query(() => AttendanceTimeSeries, {
    description:
      "A cohort's attendance (default: the statutory cohort, the academic year to date) by day, week or half term, each point with the same point last year. For a caller who sees some schools only, over those schools.",
  })
  async attendanceTimeSeries(
    @Args() args: TimeSeriesArgs,
    @CallerScope() scope: AnalyticsScope,
  ): Promise<AttendanceTimeSeries> {
    // Counts for a half term of one school can be small: unprotected figures, as the overview's.
    assertMaySeeUnsuppressedFigures(scope);
    const params = { granularity: args.granularity, from: args.from, to: args.to, cohort: args.cohort };
    const series = await this.cache.answer('attendanceTimeSeries', params, scope, () =>
      queryAttendanceTimeSeries(this.analytics, { ...params, scope }),
    );
    return {
      ...periodFigures(series),
      granularity: args.granularity,
      cohort: args.cohort,
      points: series.points,
    };
  }
}
