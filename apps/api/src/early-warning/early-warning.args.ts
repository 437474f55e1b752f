import { ArgsType, Field, registerEnumType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsISO8601, IsOptional } from 'class-validator';
import { PageArgs } from '../pupil-lists/page.args.js';
import { SchoolUrnField } from '../school-scope/school-urn.field.js';

export enum EarlyWarningSortOrder {
  PROJECTED = 'projected',
  ATTENDANCE = 'attendance',
  RECENT = 'recent',
  SCHOOL = 'school',
  YEAR_GROUP = 'yearGroup',
}
registerEnumType(EarlyWarningSortOrder, {
  name: 'EarlyWarningSortOrder',
  description:
    'Lowest projected end-of-year attendance first, lowest attendance so far first, lowest recent attendance first, by school, or by year group',
});

@ArgsType()
export class EarlyWarningListArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description:
      'The last date counted (YYYY-MM-DD); the projection runs to the end of its academic year. Default and at most: the latest date with data',
  })
  @IsOptional()
  @IsISO8601({ strict: true, strictSeparator: true }, { message: 'expected a real date as YYYY-MM-DD' })
  asOf?: string;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Only pupils likely to become persistently absent (default: every enrolment)',
  })
  @IsBoolean({ message: 'expected true or false' })
  flaggedOnly = false;

  @Field(() => EarlyWarningSortOrder, { defaultValue: EarlyWarningSortOrder.PROJECTED })
  @IsEnum(EarlyWarningSortOrder)
  sort: EarlyWarningSortOrder = EarlyWarningSortOrder.PROJECTED;

  @SchoolUrnField()
  urn?: string;
}
