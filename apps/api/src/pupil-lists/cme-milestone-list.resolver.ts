import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { AnalyticsStore, queryCmeMilestoneList, type AnalyticsScope } from '@attendance/analytics';
import { AnalyticsCache } from '../analytics-cache/analytics-cache.js';
import { CallerScope } from '../caller-scope/caller-scope.js';
import { narrowScopeToSchool } from '../school-scope/narrow-scope-to-school.js';
import { CmeMilestoneListArgs } from './cme-milestone-list.args.js';
import { CmeMilestoneList } from './models/cme-milestone-list.model.js';

@Resolver(() => CmeMilestoneList)
export class CmeMilestoneListResolver {
  constructor(
    @Inject(AnalyticsStore) private readonly analytics: AnalyticsStore,
    @Inject(AnalyticsCache) private readonly cache: AnalyticsCache,
  ) {}

  @Query(() => CmeMilestoneList, {
    description:
      'Children of compulsory school age at a children-missing-education milestone: 3, 6, 10 or 20 consecutive ' +
      'school days of unexplained absence (N, O), sorted and paged',
  })
  async cmeMilestoneList(
    @Args() args: CmeMilestoneListArgs,
    @CallerScope() scope: AnalyticsScope,
  ): Promise<CmeMilestoneList> {
    const schoolScope = await narrowScopeToSchool(this.analytics, scope, args.urn);
    const params = {
      asOf: args.asOf,
      milestone: args.milestone,
      sort: args.sort,
      limit: args.limit,
      offset: args.offset,
    };
    return this.cache.answer('cmeMilestoneList', params, schoolScope, () =>
      queryCmeMilestoneList(this.analytics, { ...params, scope: schoolScope }),
    );
  }
}
