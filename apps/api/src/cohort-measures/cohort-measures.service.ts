import { Inject, Injectable } from '@nestjs/common';
import {
  AnalyticsStore,
  queryCohortMeasures,
  type AnalyticsScope,
  type CohortGroup as AnalyticsGroup,
} from '@attendance/analytics';
import { DFE_REASON_COLUMNS, absentSessions } from '@attendance/domain';
import { AnalyticsCache } from '../analytics-cache/analytics-cache.js';
import { periodFigures } from '../period/period-figures.js';
import { narrowScopeToSchool } from '../school-scope/narrow-scope-to-school.js';
import type { CohortMeasuresArgs } from './cohort-measures.args.js';
import { CohortEnum } from './cohort-measures.enums.js';
import type { CohortGroup, CohortMeasures } from './models/cohort-measures.model.js';

@Injectable()
export class CohortMeasuresService {
  constructor(
    @Inject(AnalyticsStore) private readonly analytics: AnalyticsStore,
    @Inject(AnalyticsCache) private readonly cache: AnalyticsCache,
  ) {}

  async cohortMeasures(args: CohortMeasuresArgs, scope: AnalyticsScope): Promise<CohortMeasures> {
    const schoolScope = await narrowScopeToSchool(this.analytics, scope, args.urn);
    const params = { dimensions: args.dimensions, from: args.from, to: args.to, cohort: args.cohort };
    const result = await this.cache.answer('cohortMeasures', params, schoolScope, () =>
      queryCohortMeasures(this.analytics, { ...params, scope: schoolScope }),
    );
    return {
      ...periodFigures(result),
      cohort: result.cohort === 'statutory' ? CohortEnum.STATUTORY : CohortEnum.OUTSIDE_STATUTORY,
      dimensions: [...result.dimensions],
      groups: result.groups.map((group) => groupModel(group, result.bands)),
    };
  }
}

function groupModel(group: AnalyticsGroup, bands: { id: string; label: string }[]): CohortGroup {
  const absence = absentSessions(group.sessions);
  return {
    keys: group.keys,
    all: group.all,
    measures: group.measures,
    reasons: DFE_REASON_COLUMNS.map((column) => ({ column, sessions: group.sessions.byReason[column] })),
    persistentAbsenceSessions: group.persistentAbsenceSessions,
    persistentShareOfAbsence: absence === 0 ? null : (100 * group.persistentAbsenceSessions) / absence,
    bands: bands.map((band, index) => ({
      bandId: band.id,
      label: band.label,
      enrolments: group.bandEnrolments[index] ?? 0,
    })),
  };
}
