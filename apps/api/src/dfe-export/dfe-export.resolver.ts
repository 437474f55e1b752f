import { ForbiddenException, Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { AnalyticsStore, dfeAbsenceExportRows, type AnalyticsScope } from '@attendance/analytics';
import { dfeAreaOfLa } from '@attendance/dfe-benchmarks';
import { dfeAbsenceCsv } from '@attendance/domain';
import { AnalyticsCache } from '../analytics-cache/analytics-cache.js';
import { assertMaySeeUnsuppressedFigures, CallerScope } from '../caller-scope/caller-scope.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { DfeAbsenceFileArgs } from './dfe-absence-file.args.js';
import { DfeAbsenceFile } from './dfe-absence-file.model.js';

@Resolver(() => DfeAbsenceFile)
export class DfeExportResolver {
  constructor(
    @Inject(AnalyticsStore) private readonly analytics: AnalyticsStore,
    @Inject(AnalyticsCache) private readonly cache: AnalyticsCache,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Query(() => DfeAbsenceFile, {
    description:
      'The DfE-layout absence file, as `npm run export -- dfe-absence` writes it. LA and region labels come from LA_CODE and the DfE files; an LA not in them gives its codes and names as arguments.',
  })
  async dfeAbsenceFile(
    @Args() args: DfeAbsenceFileArgs,
    @CallerScope() scope: AnalyticsScope,
  ): Promise<DfeAbsenceFile> {
    assertMaySeeUnsuppressedFigures(scope);
    if (scope.schools !== 'all') {
      throw new ForbiddenException(
        "The DfE file holds the whole LA's figures: only for callers who see every school",
      );
    }
    const laCode = args.laCode ?? this.config.comparison.laCode;
    if (!laCode) throw new RangeError('Give laCode (the DfE three-digit LA code) or set LA_CODE');
    const area = dfeAreaOfLa(laCode, {
      newLaCode: args.newLaCode,
      laName: args.laName ?? this.config.laName,
      regionCode: args.regionCode,
      regionName: args.regionName,
    });
    const params = { area, from: args.from, to: args.to, timeIdentifier: args.timeIdentifier };
    const rows = await this.cache.answer('dfeAbsenceFile', params, scope, () =>
      dfeAbsenceExportRows(this.analytics, params),
    );
    const timePeriod = rows[0]?.['time_period'] ?? 'empty';
    return {
      fileName: `dfe-absence-${area.oldLaCode}-${timePeriod}.csv`,
      contentType: 'text/csv; charset=utf-8',
      rowCount: rows.length,
      csv: dfeAbsenceCsv(rows),
    };
  }
}
