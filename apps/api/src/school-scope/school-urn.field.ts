import { applyDecorators } from '@nestjs/common';
import { Field } from '@nestjs/graphql';
import { IsOptional, Matches } from 'class-validator';

/**
 * The optional `urn` argument of the LA-wide breakdowns and action lists: one school's figures or pupils
 * (see narrowScopeToSchool). One decorator so every query describes and validates it alike.
 */
export function SchoolUrnField(): PropertyDecorator {
  return applyDecorators(
    Field(() => String, {
      nullable: true,
      description: "Only this school (its URN), which must be in the caller's scope; default: every school",
    }),
    IsOptional(),
    Matches(/^\d{6,7}$/, { message: 'expected a URN (6 or 7 digits)' }),
  );
}
