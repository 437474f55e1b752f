import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { AnalyticsStore, queryEarlyWarning, type AnalyticsScope } from '@attendance/analytics';
import { RECENT_SCHOOL_WEEKS } from '@attendance/domain';
import { AnalyticsCache } from '../analytics-cache/analytics-cache.js';
import { CallerScope } from '../caller-scope/caller-scope.js';
import { periodFigures } from '../period/period-figures.js';
import { narrowScopeToSchool } from '../school-scope/narrow-scope-to-school.js';
import { EarlyWarningListArgs } from './early-warning.args.js';
import { EarlyWarningList } from './models/early-warning-list.model.js';

@Resolver(() => EarlyWarningList)
export class EarlyWarningResolver {
  constructor(
    @Inject(AnalyticsStore) private readonly analytics: AnalyticsStore,
    @Inject(AnalyticsCache) private readonly cache: AnalyticsCache,
  ) {}

  @Query(() => EarlyWarningList, {
    description:
      "Each statutory-cohort pupil's projected end-of-year attendance and who is likely to become persistently absent, sorted and paged",
  })
  async earlyWarningList(
    @Args() args: EarlyWarningListArgs,
    @CallerScope() scope: AnalyticsScope,
  ): Promise<EarlyWarningList> {
    const schoolScope = await narrowScopeToSchool(this.analytics, scope, args.urn);
    const params = {
      asOf: args.asOf,
      flaggedOnly: args.flaggedOnly,
      sort: args.sort,
      limit: args.limit,
      offset: args.offset,
    };
    const { academicYear, start, asOf, dataAsOf, model, ...list } = await this.cache.answer(
      'earlyWarningList',
      params,
      schoolScope,
      () => queryEarlyWarning(this.analytics, { ...params, scope: schoolScope }),
    );
    return {
      ...list,
      ...periodFigures({ academicYear, start, end: asOf, dataAsOf }),
      model: {
        recentSchoolWeeks: RECENT_SCHOOL_WEEKS,
        recentWeight: model.recentWeightQuarters / 4,
        schoolWeight: model.schoolWeightTenths / 10,
        flagMarginPoints: model.flagMarginTenths / 10,
        recentAbsenceFlagPercent: model.recentAbsenceFlagPercent,
      },
    };
  }
}
