import { BadRequestException, ValidationPipe, type ValidationError } from '@nestjs/common';

/** Validates every resolver's typed arguments and names each bad argument and what was expected. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
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
