import { ArgsType, Field } from '@nestjs/graphql';
import { IsBoolean, IsOptional, Matches } from 'class-validator';
import { BreakdownArgs } from '../cohort-measures/breakdown.args.js';

@ArgsType()
export class PublishedCohortMeasuresArgs extends BreakdownArgs {
  @Field(() => String, { nullable: true, description: "One school's figures (URN); default the whole LA" })
  @IsOptional()
  @Matches(/^\d{6,7}$/, { message: 'expected a URN (6 or 7 digits)' })
  urn?: string;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Add each DfE reason column (a sensitive split: 10+ per cell)',
  })
  @IsBoolean()
  reasons = false;
}
