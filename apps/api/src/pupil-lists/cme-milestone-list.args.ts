import { ArgsType, Field, Int, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsIn, IsISO8601, IsOptional } from 'class-validator';
import { CME_LA_MILESTONE_DAYS } from '@attendance/domain';
import { PageArgs } from './page.args.js';
import { SchoolUrnField } from '../school-scope/school-urn.field.js';

export enum CmeMilestoneSortOrder {
  DAYS = 'days',
  SCHOOL = 'school',
  YEAR_GROUP = 'yearGroup',
}
registerEnumType(CmeMilestoneSortOrder, {
  name: 'CmeMilestoneSortOrder',
  description: 'The longest run of unexplained absence first, by school, or by year group',
});

@ArgsType()
export class CmeMilestoneListArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description:
      'The date (YYYY-MM-DD) the list is drawn up on; default: the latest date with data. Each school is ' +
      'counted back from its own last school day on or before it',
  })
  @IsOptional()
  @IsISO8601({ strict: true, strictSeparator: true }, { message: 'expected a real date as YYYY-MM-DD' })
  asOf?: string;

  @Field(() => Int, {
    nullable: true,
    description: `Only runs that have reached this milestone (${CME_LA_MILESTONE_DAYS.join(', ')} school days); default: every run of ${CME_LA_MILESTONE_DAYS[0]} or more`,
  })
  @IsOptional()
  @IsIn(CME_LA_MILESTONE_DAYS, { message: `expected one of ${CME_LA_MILESTONE_DAYS.join(', ')}` })
  milestone?: number;

  @Field(() => CmeMilestoneSortOrder, { defaultValue: CmeMilestoneSortOrder.DAYS })
  @IsEnum(CmeMilestoneSortOrder)
  sort: CmeMilestoneSortOrder = CmeMilestoneSortOrder.DAYS;

  @SchoolUrnField()
  urn?: string;
}
