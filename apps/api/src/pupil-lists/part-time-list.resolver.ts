import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { AnalyticsStore, queryPartTimeTimetableList, type AnalyticsScope } from '@attendance/analytics';
import { AnalyticsCache } from '../analytics-cache/analytics-cache.js';
import { CallerScope } from '../caller-scope/caller-scope.js';
import { periodFigures } from '../period/period-figures.js';
import { narrowScopeToSchool } from '../school-scope/narrow-scope-to-school.js';
import { PartTimeTimetableList } from './models/part-time-list.model.js';
import { PartTimeTimetableListArgs } from './part-time-list.args.js';

@Resolver(() => PartTimeTimetableList)
export class PartTimeTimetableListResolver {
  constructor(
    @Inject(AnalyticsStore) private readonly analytics: AnalyticsStore,
    @Inject(AnalyticsCache) private readonly cache: AnalyticsCache,
  ) {}

  @Query(() => PartTimeTimetableList, {
    description:
      'Enrolments on part-time timetables (any C2 session in the period, statutory cohort; C2 exists from 19 August 2024), sorted and paged',
  })
  async partTimeTimetableList(
    @Args() args: PartTimeTimetableListArgs,
    @CallerScope() scope: AnalyticsScope,
  ): Promise<PartTimeTimetableList> {
    const schoolScope = await narrowScopeToSchool(this.analytics, scope, args.urn);
    const params = { from: args.from, to: args.to, sort: args.sort, limit: args.limit, offset: args.offset };
    const result = await this.cache.answer('partTimeTimetableList', params, schoolScope, () =>
      queryPartTimeTimetableList(this.analytics, { ...params, scope: schoolScope }),
    );
    return { ...periodFigures(result), length: result.length, pupils: result.pupils };
  }
}
