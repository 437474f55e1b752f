import { ArgsType, Field, Int } from '@nestjs/graphql';
import type { PupilRef } from '@attendance/analytics';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { IsUpn } from './is-upn.validator.js';

@ArgsType()
export class PupilRecordArgs {
  @Field()
  @Matches(/^\d{6,7}$/, { message: 'expected a URN (6 or 7 digits)' })
  urn!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Sent in the request body, never in a URL. Give the UPN or pupilId, not both',
  })
  @IsOptional()
  @IsUpn()
  upn?: string;

  @Field(() => Int, {
    nullable: true,
    description:
      "The store's id of the pupil, as pupil lists give it (for addresses that must not carry a UPN)",
  })
  @IsOptional()
  @IsInt({ message: 'expected a whole number' })
  @Min(1, { message: 'expected a pupil id from 1' })
  pupilId?: number;

  @Field(() => Int, {
    nullable: true,
    description: 'The year it starts in (2025 = 2025/26); default: the year of the latest date with data',
  })
  @IsOptional()
  @Min(1900, { message: 'expected the year the academic year starts in, 1900 to 2198' })
  @Max(2198, { message: 'expected the year the academic year starts in, 1900 to 2198' })
  academicYear?: number;
}

/** The pupil the arguments name: exactly one of upn and pupilId (RangeError otherwise: BAD_USER_INPUT). */
export function pupilRefOf(args: PupilRecordArgs): PupilRef {
  const hasUpn = args.upn !== undefined;
  const hasPupilId = args.pupilId !== undefined;
  if (hasUpn === hasPupilId) {
    throw new RangeError('Give the pupil as exactly one of upn and pupilId');
  }
  return hasUpn ? { upn: args.upn as string } : { pupilId: args.pupilId as number };
}
