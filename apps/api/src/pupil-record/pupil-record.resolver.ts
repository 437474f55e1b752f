import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { AnalyticsStore, queryPupilRecord, type AnalyticsScope } from '@attendance/analytics';
import { academicYearLabel } from '@attendance/domain';
import { AnalyticsCache } from '../analytics-cache/analytics-cache.js';
import { CallerScope } from '../caller-scope/caller-scope.js';
import { PupilRecord } from './models/pupil-record.model.js';
import { PupilRecordArgs, pupilRefOf } from './pupil-record.args.js';

@Resolver(() => PupilRecord)
export class PupilRecordResolver {
  constructor(
    @Inject(AnalyticsStore) private readonly analytics: AnalyticsStore,
    @Inject(AnalyticsCache) private readonly cache: AnalyticsCache,
  ) {}

  @Query(() => PupilRecord, {
    description:
      "One enrolment's record: characteristics, every mark of the year with its DfE category, the weekly trend with the year-to-date band, reasons, year-to-date figures and the pupil's other enrolments",
  })
  async pupilRecord(
    @Args() args: PupilRecordArgs,
    @CallerScope() scope: AnalyticsScope,
  ): Promise<PupilRecord> {
    const params = { urn: args.urn, ...pupilRefOf(args), academicYear: args.academicYear };
    const record = await this.cache.answer('pupilRecord', params, scope, () =>
      queryPupilRecord(this.analytics, { ...params, scope }),
    );
    return { ...record, academicYear: academicYearLabel(record.academicYear) };
  }
}
