import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { AnalyticsStore, queryAbsenteeList, type AnalyticsScope } from '@attendance/analytics';
import { AnalyticsCache } from '../analytics-cache/analytics-cache.js';
import { CallerScope } from '../caller-scope/caller-scope.js';
import { periodFigures } from '../period/period-figures.js';
import { narrowScopeToSchool } from '../school-scope/narrow-scope-to-school.js';
import { AbsenteeListArgs } from './absentee-list.args.js';
import { AbsenteeList } from './models/absentee-list.model.js';

@Resolver(() => AbsenteeList)
export class AbsenteeListResolver {
  constructor(
    @Inject(AnalyticsStore) private readonly analytics: AnalyticsStore,
    @Inject(AnalyticsCache) private readonly cache: AnalyticsCache,
  ) {}

  @Query(() => AbsenteeList, {
    description: "The period's persistent or severe absentees (statutory cohort), sorted and paged",
  })
  async absenteeList(
    @Args() args: AbsenteeListArgs,
    @CallerScope() scope: AnalyticsScope,
  ): Promise<AbsenteeList> {
    const schoolScope = await narrowScopeToSchool(this.analytics, scope, args.urn);
    const params = {
      list: args.list,
      from: args.from,
      to: args.to,
      sort: args.sort,
      limit: args.limit,
      offset: args.offset,
    };
    const result = await this.cache.answer('absenteeList', params, schoolScope, () =>
      queryAbsenteeList(this.analytics, { ...params, scope: schoolScope }),
    );
    return { ...periodFigures(result), length: result.length, pupils: result.pupils };
  }
}
