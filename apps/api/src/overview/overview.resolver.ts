import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import type { AnalyticsScope } from '@attendance/analytics';
import { assertMaySeeUnsuppressedFigures, CallerScope } from '../caller-scope/caller-scope.js';
import { LaOverviewArgs } from './la-overview.args.js';
import { LaOverview } from './models/la-overview.model.js';
import { OverviewService } from './overview.service.js';

@Resolver(() => LaOverview)
export class OverviewResolver {
  constructor(@Inject(OverviewService) private readonly overview: OverviewService) {}

  @Query(() => LaOverview, {
    description:
      "The LA's attendance for a period (default: academic year to date): headline, weekly trend, every school and comparisons. For a caller who sees some schools only, the same over those schools.",
  })
  laOverview(@Args() args: LaOverviewArgs, @CallerScope() scope: AnalyticsScope): Promise<LaOverview> {
    assertMaySeeUnsuppressedFigures(scope);
    return this.overview.laOverview(args, scope);
  }
}
