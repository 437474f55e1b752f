import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
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
  cohortMeasures(@Args() args: CohortMeasuresArgs): Promise<CohortMeasures> {
    return this.measures.cohortMeasures(args);
  }
}
