import { Inject } from '@nestjs/common';
import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { ImportHistoryRepository } from '@attendance/persistence';
import { ImportRunSummary } from './models/import-run-summary.model.js';

const MAX_RUNS = 100;

@Resolver(() => ImportRunSummary)
export class ImportHistoryResolver {
  constructor(@Inject(ImportHistoryRepository) private readonly history: ImportHistoryRepository) {}

  @Query(() => [ImportRunSummary], { description: 'The most recent import runs, newest first.' })
  importRuns(
    @Args('limit', { type: () => Int, defaultValue: 20, description: `At most ${MAX_RUNS}` }) limit: number,
  ): Promise<ImportRunSummary[]> {
    return this.history.recentRuns(Math.min(Math.max(limit, 1), MAX_RUNS));
  }
}
