import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { LaOverviewArgs } from './la-overview.args.js';
import { LaOverview } from './models/la-overview.model.js';
import { OverviewService } from './overview.service.js';

@Resolver(() => LaOverview)
export class OverviewResolver {
  constructor(@Inject(OverviewService) private readonly overview: OverviewService) {}

  @Query(() => LaOverview)
  laOverview(@Args() args: LaOverviewArgs): Promise<LaOverview> {
    return this.overview.laOverview(args);
  }
}
