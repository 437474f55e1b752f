import { ArgsType, Field } from '@nestjs/graphql';
import { IsISO8601, IsOptional } from 'class-validator';

/** The period every figure is asked for: inside one academic year, default the year to date. */
@ArgsType()
export class PeriodArgs {
  @Field(() => String, {
    nullable: true,
    description: 'First date (YYYY-MM-DD); default: start of the academic year',
  })
  @IsOptional()
  @IsISO8601({ strict: true, strictSeparator: true }, { message: 'expected a real date as YYYY-MM-DD' })
  from?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Last date (YYYY-MM-DD); default: the latest date with data',
  })
  @IsOptional()
  @IsISO8601({ strict: true, strictSeparator: true }, { message: 'expected a real date as YYYY-MM-DD' })
  to?: string;
}
