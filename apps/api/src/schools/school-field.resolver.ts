import { Inject, type Type } from '@nestjs/common';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { AnalyticsScope } from '@attendance/analytics';
import { CallerScope } from '../caller-scope/caller-scope.js';
import { School } from './school.model.js';
import { SchoolLoaders } from './school-loader.js';

/**
 * A resolver adding `school: School!` to an object type whose rows carry a `urn`: every row of an answer is
 * looked up through the request's school loader, so a page of 500 rows costs one query, not 500.
 */
export function schoolFieldResolver(rowType: Type<{ urn: string }>): Type {
  @Resolver(() => rowType)
  class SchoolFieldResolver {
    constructor(@Inject(SchoolLoaders) private readonly schools: SchoolLoaders) {}

    @ResolveField(() => School, { description: 'The school, looked up once for every row of the answer' })
    school(
      @Parent() row: { urn: string },
      @Context() context: object,
      @CallerScope() scope: AnalyticsScope,
    ): Promise<School> {
      return this.schools.load(context, scope, row.urn);
    }
  }
  Object.defineProperty(SchoolFieldResolver, 'name', { value: `${rowType.name}SchoolFieldResolver` });
  return SchoolFieldResolver;
}
