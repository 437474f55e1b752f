import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { AnalyticsStore, queryPenaltyNoticeList, type AnalyticsScope } from '@attendance/analytics';
import { AnalyticsCache } from '../analytics-cache/analytics-cache.js';
import { CallerScope } from '../caller-scope/caller-scope.js';
import { narrowScopeToSchool } from '../school-scope/narrow-scope-to-school.js';
import { PenaltyNoticeList } from './models/penalty-notice-list.model.js';
import { PenaltyNoticeListArgs } from './penalty-notice-list.args.js';

@Resolver(() => PenaltyNoticeList)
export class PenaltyNoticeListResolver {
  constructor(
    @Inject(AnalyticsStore) private readonly analytics: AnalyticsStore,
    @Inject(AnalyticsCache) private readonly cache: AnalyticsCache,
  ) {}

  @Query(() => PenaltyNoticeList, {
    description:
      'Pupils of compulsory school age with 10 or more unauthorised sessions in the rolling 10 school weeks ' +
      '(the national penalty-notice threshold), sorted and paged',
  })
  async penaltyNoticeList(
    @Args() args: PenaltyNoticeListArgs,
    @CallerScope() scope: AnalyticsScope,
  ): Promise<PenaltyNoticeList> {
    const schoolScope = await narrowScopeToSchool(this.analytics, scope, args.urn);
    const params = { asOf: args.asOf, sort: args.sort, limit: args.limit, offset: args.offset };
    return this.cache.answer('penaltyNoticeList', params, schoolScope, () =>
      queryPenaltyNoticeList(this.analytics, { ...params, scope: schoolScope }),
    );
  }
}
