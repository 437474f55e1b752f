import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import type { AnalyticsScope } from '@attendance/analytics';
import { assertMaySeeUnsuppressedFigures, CallerScope } from '../caller-scope/caller-scope.js';
import { CohortMeasuresArgs } from './cohort-measures.args.js';
import { CohortMeasuresService } from './cohort-measures.service.js';
import { CohortMeasures } from './models/cohort-measures.model.js';

@Resolver(() => CohortMeasures)
export class CohortMeasuresResolver {
  constructor(@Inject(CohortMeasuresService) private readonly measures: CohortMeasuresService) {}

  @Query(() => CohortMeasures, {
    description:
      "A cohort's DfE measures for a period (default: the academic year to date) by one or two dimensions, with reasons, persistent absence's share of absence and the escalation band distribution.",
  })
  cohortMeasures(
    @Args() args: CohortMeasuresArgs,
    @CallerScope() scope: AnalyticsScope,
  ): Promise<CohortMeasures> {
    assertMaySeeUnsuppressedFigures(scope);
    return this.measures.cohortMeasures(args, scope);
  }
}
