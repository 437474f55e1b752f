import { Inject } from '@nestjs/common';
import { Args, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { filterSchools, schoolPage, schoolSortUsesActions, type AnalyticsScope } from '@attendance/analytics';
import { assertMaySeeUnsuppressedFigures, CallerScope } from '../caller-scope/caller-scope.js';
import { LaOverviewArgs } from './la-overview.args.js';
import { HeadlineChanges } from './models/headline-changes.model.js';
import { LaOverview } from './models/la-overview.model.js';
import { OverviewHalfTerm } from './models/overview-half-term.model.js';
import { SchoolSummary } from './models/school-summary.model.js';
import { SchoolFilterArgs, SchoolPageArgs } from './school-page.args.js';
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

  @ResolveField(() => [SchoolSummary], {
    description:
      'A page of the schools (default the first 50 by name), filtered by phase and type; page through them with schoolCount',
  })
  async schools(
    @Parent() overview: LaOverview,
    @Args() args: SchoolPageArgs,
    @CallerScope() scope: AnalyticsScope,
  ): Promise<SchoolSummary[]> {
    // The flags come from the cached answer the rows' actions field reads, and only for a sort by one of them.
    const actions = schoolSortUsesActions(args.sort)
      ? await this.overview.schoolActionsByUrn(scope)
      : undefined;
    return schoolPage(overview.allSchools, { ...args, actions }).schools;
  }

  @ResolveField(() => Int, { description: 'How many schools match the filters (every page of schools)' })
  schoolCount(@Parent() overview: LaOverview, @Args() args: SchoolFilterArgs): number {
    return filterSchools(overview.allSchools, args).length;
  }

  @ResolveField(() => HeadlineChanges, {
    description:
      'The headline against the same period through the end of last week and against the same point last year',
  })
  changes(@Parent() overview: LaOverview, @CallerScope() scope: AnalyticsScope): Promise<HeadlineChanges> {
    return this.overview.changes(overview, scope);
  }

  @ResolveField(() => [OverviewHalfTerm], {
    description: "The LA's half terms of the period's academic year, for the weekly trend",
  })
  halfTerms(@Parent() overview: LaOverview): Promise<OverviewHalfTerm[]> {
    return this.overview.halfTerms(overview);
  }
}
