import { Inject } from '@nestjs/common';
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { AnalyticsScope } from '@attendance/analytics';
import { assertMaySeeUnsuppressedFigures, CallerScope } from '../caller-scope/caller-scope.js';
import { SchoolActions } from './models/school-actions.model.js';
import { SchoolSummary } from './models/school-summary.model.js';
import { OverviewService } from './overview.service.js';

@Resolver(() => SchoolSummary)
export class SchoolSummaryResolver {
  constructor(@Inject(OverviewService) private readonly overview: OverviewService) {}

  @ResolveField(() => SchoolActions, {
    nullable: true,
    description:
      'Four-week change, pupils at the penalty-notice threshold, CME milestones and data freshness, as of the latest mark (one cached answer for every school)',
  })
  actions(
    @Parent() school: SchoolSummary,
    @CallerScope() scope: AnalyticsScope,
  ): Promise<SchoolActions | null> {
    assertMaySeeUnsuppressedFigures(scope);
    return this.overview.schoolActions(school.urn, scope);
  }
}
