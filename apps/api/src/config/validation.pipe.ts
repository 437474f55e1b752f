import {
  BadRequestException,
  ValidationPipe,
  type ArgumentMetadata,
  type ValidationError,
} from '@nestjs/common';

/**
 * The parameter type Nest's pipes see for an `@Args()` parameter: @nestjs/graphql maps its ARGS parameters to
 * `body`; a `@Parent()` or the caller's scope arrive as `custom`.
 */
export const GRAPHQL_ARGS_PARAM_TYPE: ArgumentMetadata['type'] = 'body';

/**
 * GraphQL lets a client send an optional argument as null rather than leave it out (generated clients do, for
 * an unset variable); every optional argument here means "not given" by undefined, so a null is dropped
 * before validation. Only `@Args()` parameters, and only their own properties (a null inside an input object
 * is that object's value): the pipe also sees every `@Context()` and `@Parent()`, which must reach the
 * resolver as the same objects (per-request DataLoaders are keyed by the context object).
 */
class GraphqlArgumentsValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const args = metadata.type === GRAPHQL_ARGS_PARAM_TYPE ? withoutNullArguments(value) : value;
    return super.transform(args, metadata);
  }
}

export function withoutNullArguments(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).filter(([, argument]) => argument !== null));
}

/** Validates every resolver's typed arguments and names each bad argument and what was expected. */
export function createValidationPipe(): ValidationPipe {
  return new GraphqlArgumentsValidationPipe({
    transform: true,
    forbidUnknownValues: true,
    exceptionFactory: (errors: ValidationError[]) =>
      new BadRequestException(
        errors
          .map(
            (error) =>
              `Invalid argument "${error.property}" (${JSON.stringify(error.value)}): ${describe(error)}`,
          )
          .join('; '),
      ),
  });
}

function describe(error: ValidationError): string {
  return Object.values(error.constraints ?? {}).join(', ') || 'invalid value';
}
