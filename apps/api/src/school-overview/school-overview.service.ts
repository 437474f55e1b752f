import { Inject, Injectable } from '@nestjs/common';
import {
  AnalyticsStore,
  queryCohortMeasures,
  queryLaOverview,
  querySimilarSchools,
  UnknownSchoolError,
  WHOLE_LA_SCOPE,
  type AnalyticsScope,
} from '@attendance/analytics';
import { AnalyticsCache } from '../analytics-cache/analytics-cache.js';
import { ComparisonsService, ownComparison } from '../comparisons/comparisons.service.js';
import { OverviewService } from '../overview/overview.service.js';
import type { SchoolOverview } from './models/school-overview.model.js';
import type { SchoolOverviewArgs } from './school-overview.args.js';

@Injectable()
export class SchoolOverviewService {
  constructor(
    @Inject(AnalyticsStore) private readonly analytics: AnalyticsStore,
    @Inject(AnalyticsCache) private readonly cache: AnalyticsCache,
    @Inject(ComparisonsService) private readonly comparisons: ComparisonsService,
    @Inject(OverviewService) private readonly overview: OverviewService,
  ) {}

  async schoolOverview(args: SchoolOverviewArgs, scope: AnalyticsScope): Promise<SchoolOverview> {
    const { urn } = args;
    if (scope.schools !== 'all' && !scope.schools.includes(urn)) {
      throw new UnknownSchoolError(`School ${urn} is not in this scope`);
    }
    const period = { from: args.from, to: args.to };
    const schoolScope: AnalyticsScope = { schools: [urn], pupilLevel: scope.pupilLevel };
    // The LA's own figures are aggregates every audience may compare with (governors included), so they are
    // counted over the whole LA whatever the caller's schools, and shared between callers in the cache.
    const laPhases = { ...period, dimensions: ['phase' as const], cohort: 'statutory' as const };
    const [school, similar, laByPhase, laOverview, laName] = await Promise.all([
      this.cache.answer('laOverview', period, schoolScope, () =>
        queryLaOverview(this.analytics, { ...period, scope: schoolScope }),
      ),
      this.cache.answer('similarSchools', { urn, ...period }, scope, () =>
        querySimilarSchools(this.analytics, { urn, ...period, scope }),
      ),
      this.cache.answer('cohortMeasures', laPhases, WHOLE_LA_SCOPE, () =>
        queryCohortMeasures(this.analytics, laPhases),
      ),
      this.cache.answer('laOverview', period, WHOLE_LA_SCOPE, () => queryLaOverview(this.analytics, period)),
      this.overview.laName(),
    ]);
    const [summary] = school.schools;
    if (!summary) throw new UnknownSchoolError(`No school with URN ${urn}`);
    const phaseGroup = laByPhase.groups.find((group) => !group.all[0] && group.keys[0] === summary.phase);
    const own = [
      ownComparison('SCHOOL', summary.name, school.headline),
      ...(phaseGroup
        ? [
            ownComparison(
              'LA_PHASE',
              `${laName}, ${summary.phase.toLowerCase()} schools`,
              phaseGroup.measures,
            ),
          ]
        : []),
      ownComparison('LA', laName, laOverview.headline),
    ];
    return {
      academicYear: school.academicYear,
      periodStart: school.periodStart,
      periodEnd: school.periodEnd,
      dataAsOf: school.dataAsOf,
      urn,
      lastMarkDate: summary.lastMarkDate,
      headline: school.headline,
      weeklyTrend: school.weeklyTrend,
      fsmPercent: similar.school.fsmPercent,
      senPercent: similar.school.senPercent,
      similarSchools: similar.similar.map(({ school: other, distance }) => ({
        urn: other.urn,
        distance,
        enrolments: other.enrolments,
        fsmPercent: other.fsmPercent,
        senPercent: other.senPercent,
        measures: other.measures,
      })),
      comparisons: this.comparisons.compare({
        academicYear: school.academicYear,
        phase: this.comparisons.phaseOfSchool(summary.phase),
        own,
      }),
    };
  }
}
