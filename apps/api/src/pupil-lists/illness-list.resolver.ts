import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { AnalyticsStore, queryIllnessList, type AnalyticsScope } from '@attendance/analytics';
import { AnalyticsCache } from '../analytics-cache/analytics-cache.js';
import { CallerScope } from '../caller-scope/caller-scope.js';
import { periodFigures } from '../period/period-figures.js';
import { narrowScopeToSchool } from '../school-scope/narrow-scope-to-school.js';
import { IllnessListArgs } from './illness-list.args.js';
import { IllnessList } from './models/illness-list.model.js';

@Resolver(() => IllnessList)
export class IllnessListResolver {
  constructor(
    @Inject(AnalyticsStore) private readonly analytics: AnalyticsStore,
    @Inject(AnalyticsCache) private readonly cache: AnalyticsCache,
  ) {}

  @Query(() => IllnessList, {
    description:
      "Pupils with at least minimumDays days of illness absence in the period (statutory cohort), each enrolment with its own and the pupil's total across schools, sorted and paged",
  })
  async illnessList(
    @Args() args: IllnessListArgs,
    @CallerScope() scope: AnalyticsScope,
  ): Promise<IllnessList> {
    // Checked like every list's school, but the scope is not narrowed: a pupil's illness is totalled over
    // every school the caller sees (dual registration), and only the listed enrolments are the school's.
    await narrowScopeToSchool(this.analytics, scope, args.urn);
    const params = {
      listedSchool: args.urn,
      minimumDays: args.minimumDays,
      from: args.from,
      to: args.to,
      sort: args.sort,
      limit: args.limit,
      offset: args.offset,
    };
    const result = await this.cache.answer('illnessList', params, scope, () =>
      queryIllnessList(this.analytics, { ...params, scope }),
    );
    const { minimumDays, minimumSessions, length, pupils } = result;
    return { ...periodFigures(result), minimumDays, minimumSessions, length, pupils };
  }
}
