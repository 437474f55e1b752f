import { ArgsType, Field } from '@nestjs/graphql';
import { Matches } from 'class-validator';
import { PeriodArgs } from '../period/period.args.js';

@ArgsType()
export class SchoolOverviewArgs extends PeriodArgs {
  @Field({ description: "The school's URN" })
  @Matches(/^\d{6,7}$/, { message: 'expected a URN (6 or 7 digits)' })
  urn!: string;
}
