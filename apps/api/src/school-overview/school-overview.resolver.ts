import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import type { AnalyticsScope } from '@attendance/analytics';
import { assertMaySeeUnsuppressedFigures, CallerScope } from '../caller-scope/caller-scope.js';
import { SchoolOverview } from './models/school-overview.model.js';
import { SchoolOverviewArgs } from './school-overview.args.js';
import { SchoolOverviewService } from './school-overview.service.js';

@Resolver(() => SchoolOverview)
export class SchoolOverviewResolver {
  constructor(@Inject(SchoolOverviewService) private readonly overviews: SchoolOverviewService) {}

  @Query(() => SchoolOverview, {
    description: "One school's dashboard figures for a period (default: academic year to date)",
  })
  schoolOverview(
    @Args() args: SchoolOverviewArgs,
    @CallerScope() scope: AnalyticsScope,
  ): Promise<SchoolOverview> {
    assertMaySeeUnsuppressedFigures(scope);
    return this.overviews.schoolOverview(args, scope);
  }
}
