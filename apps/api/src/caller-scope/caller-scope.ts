import { createParamDecorator, ForbiddenException, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { WHOLE_LA_SCOPE, type AnalyticsScope } from '@attendance/analytics';

// What the caller of a GraphQL operation may see: the schools and whether pupil-level data is allowed. Every
// resolver passes it to the analytics queries, which filter by it in SQL, and the result cache keys by it.
// The product has no users yet, so every caller is the LA's own analyst and sees the whole LA; users and
// roles (the next issues) set `scope` on the request in a guard, and this is the one place that reads it.

interface RequestWithScope {
  scope?: AnalyticsScope;
}

export function scopeOfRequest(request: RequestWithScope | undefined): AnalyticsScope {
  return request?.scope ?? WHOLE_LA_SCOPE;
}

/** The caller's analytics scope, as a resolver parameter: `@CallerScope() scope: AnalyticsScope`. */
export const CallerScope = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AnalyticsScope => {
    const graphqlContext = GqlExecutionContext.create(context).getContext<{ req?: RequestWithScope }>();
    return scopeOfRequest(graphqlContext.req);
  },
);

/**
 * Aggregate-only audiences (a scope without pupil-level access, such as a governor's) receive figures only
 * after disclosure control (publishedCohortMeasures); every query of unprotected figures calls this first.
 */
export function assertMaySeeUnsuppressedFigures(scope: AnalyticsScope): void {
  if (!scope.pupilLevel) {
    throw new ForbiddenException(
      'This caller may see published (disclosure-controlled) figures only: use publishedCohortMeasures',
    );
  }
}
