import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsOptional, Matches, Max, Min } from 'class-validator';
import { IsUpn } from './is-upn.validator.js';

@ArgsType()
export class PupilRecordArgs {
  @Field()
  @Matches(/^\d{6,7}$/, { message: 'expected a URN (6 or 7 digits)' })
  urn!: string;

  @Field({ description: 'Sent in the request body, never in a URL' })
  @IsUpn()
  upn!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The year it starts in (2025 = 2025/26); default: the year of the latest date with data',
  })
  @IsOptional()
  @Min(1900, { message: 'expected the year the academic year starts in, 1900 to 2198' })
  @Max(2198, { message: 'expected the year the academic year starts in, 1900 to 2198' })
  academicYear?: number;
}
