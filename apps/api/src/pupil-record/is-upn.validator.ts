import { ValidateBy, type ValidationArguments, type ValidationOptions } from 'class-validator';
import { validateUpn } from '@attendance/domain';

/** A UPN by the domain's rule (13 characters, check letter), with the domain's reason when it is not one. */
export function IsUpn(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isUpn',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && validateUpn(value).valid,
        defaultMessage: (args?: ValidationArguments) => {
          const verdict = typeof args?.value === 'string' ? validateUpn(args.value) : null;
          return verdict && !verdict.valid ? `expected a UPN: ${verdict.reason}` : 'expected a UPN';
        },
      },
    },
    options,
  );
}
