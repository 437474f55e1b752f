import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import {
  AnalyticsStore,
  queryPublishedCohortMeasures,
  UnknownSchoolError,
  WHOLE_LA_SCOPE,
  type AnalyticsScope,
} from '@attendance/analytics';
import { DFE_SYMBOLS, type PublishedGroup } from '@attendance/domain';
import { AnalyticsCache } from '../analytics-cache/analytics-cache.js';
import { CallerScope } from '../caller-scope/caller-scope.js';
import { periodFigures } from '../period/period-figures.js';
import {
  PublishedCohortMeasures,
  type NamedPublishedFigure,
} from './models/published-cohort-measures.model.js';
import { PublishedCohortMeasuresArgs } from './published-cohort-measures.args.js';

const SYMBOLS = Object.entries(DFE_SYMBOLS).map(([symbol, meaning]) => ({ symbol, meaning }));

function namedFigures(group: PublishedGroup): NamedPublishedFigure[] {
  return [...Object.entries(group.counts), ...Object.entries(group.rates)].map(([name, figure]) => ({
    name,
    figure,
  }));
}

@Resolver(() => PublishedCohortMeasures)
export class PublishedMeasuresResolver {
  constructor(
    @Inject(AnalyticsStore) private readonly analytics: AnalyticsStore,
    @Inject(AnalyticsCache) private readonly cache: AnalyticsCache,
  ) {}

  @Query(() => PublishedCohortMeasures, {
    description:
      "The LA's or one school's breakdown after disclosure control. Every caller may ask for the LA's; a school's only when the school is in the caller's scope.",
  })
  async publishedCohortMeasures(
    @Args() args: PublishedCohortMeasuresArgs,
    @CallerScope() scope: AnalyticsScope,
  ): Promise<PublishedCohortMeasures> {
    if (args.urn && scope.schools !== 'all' && !scope.schools.includes(args.urn)) {
      throw new UnknownSchoolError(`School ${args.urn} is not in this scope`);
    }
    const params = {
      dimensions: args.dimensions,
      from: args.from,
      to: args.to,
      urn: args.urn,
      reasons: args.reasons,
    };
    // Only protected aggregates come out, the same for every caller who may ask: one cache entry for all.
    const result = await this.cache.answer('publishedCohortMeasures', params, WHOLE_LA_SCOPE, () =>
      queryPublishedCohortMeasures(this.analytics, params),
    );
    return {
      ...periodFigures(result),
      dimensions: [...result.dimensions],
      urn: result.urn,
      sensitive: result.sensitive,
      staleSchools: result.staleSchools,
      rows: result.rows.map((row) => ({
        keys: row.keys,
        all: row.all,
        enrolments: row.figures.enrolments,
        figures: namedFigures(row.figures),
      })),
      symbols: SYMBOLS,
    };
  }
}
