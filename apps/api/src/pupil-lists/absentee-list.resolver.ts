import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { AnalyticsStore, queryAbsenteeList } from '@attendance/analytics';
import { academicYearLabel } from '@attendance/domain';
import { AbsenteeListArgs } from './absentee-list.args.js';
import { AbsenteeList } from './models/absentee-list.model.js';

@Resolver(() => AbsenteeList)
export class AbsenteeListResolver {
  constructor(@Inject(AnalyticsStore) private readonly analytics: AnalyticsStore) {}

  @Query(() => AbsenteeList, {
    description: "The period's persistent or severe absentees (statutory cohort), sorted and paged",
  })
  async absenteeList(@Args() args: AbsenteeListArgs): Promise<AbsenteeList> {
    const result = await queryAbsenteeList(this.analytics, {
      list: args.list,
      from: args.from,
      to: args.to,
      sort: args.sort,
      limit: args.limit,
      offset: args.offset,
    });
    const { academicYear, start, end, dataAsOf, length, pupils } = result;
    return {
      academicYear: academicYearLabel(academicYear),
      periodStart: start,
      periodEnd: end,
      dataAsOf,
      length,
      pupils,
    };
  }
}
