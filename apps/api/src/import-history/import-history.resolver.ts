import { Inject } from '@nestjs/common';
import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ImportHistoryRepository } from '@attendance/persistence';
import { DropFolderIngestionService } from '../ingestion/drop-folder-ingestion.service.js';
import { ImportRunSummary } from './models/import-run-summary.model.js';
import { ImportUnitSummary } from './models/import-unit-summary.model.js';

const MAX_RUNS = 100;

@Resolver(() => ImportRunSummary)
export class ImportHistoryResolver {
  constructor(
    @Inject(ImportHistoryRepository) private readonly history: ImportHistoryRepository,
    @Inject(DropFolderIngestionService) private readonly ingestion: DropFolderIngestionService,
  ) {}

  @Query(() => [ImportRunSummary], { description: 'The most recent import runs, newest first.' })
  importRuns(
    @Args('limit', { type: () => Int, defaultValue: 20, description: `At most ${MAX_RUNS}` }) limit: number,
  ): Promise<ImportRunSummary[]> {
    return this.history.recentRuns(Math.min(Math.max(limit, 1), MAX_RUNS));
  }

  @ResolveField(() => [ImportUnitSummary], { description: 'Each school export in the run, by URN and date' })
  units(@Parent() run: ImportRunSummary): Promise<ImportUnitSummary[]> {
    return this.history.unitsOfRun(run.id);
  }

  @Mutation(() => ImportRunSummary, {
    description:
      'Loads the configured drop folder (INGEST_FOLDER) now, as the nightly schedule does, and returns the run. ' +
      'Fails if no folder is configured or a load is already running.',
  })
  async loadExportsNow(): Promise<ImportRunSummary> {
    const summary = await this.ingestion.loadDropFolder('api');
    const run = await this.history.findRun(summary.runId);
    if (!run) throw new Error(`Import run ${summary.runId} was not recorded`);
    return run;
  }
}
