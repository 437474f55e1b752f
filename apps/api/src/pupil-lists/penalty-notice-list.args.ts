import { ArgsType, Field, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsISO8601, IsOptional } from 'class-validator';
import { PageArgs } from './page.args.js';
import { SchoolUrnField } from '../school-scope/school-urn.field.js';

export enum PenaltyNoticeSortOrder {
  SESSIONS = 'sessions',
  SCHOOL = 'school',
  YEAR_GROUP = 'yearGroup',
}
registerEnumType(PenaltyNoticeSortOrder, {
  name: 'PenaltyNoticeSortOrder',
  description: 'Most unauthorised sessions in the window first, by school, or by year group',
});

@ArgsType()
export class PenaltyNoticeListArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description:
      'The date (YYYY-MM-DD) the list is drawn up on, on or after 2024-08-19; default: the latest date with data. ' +
      "Each school's window ends on its last register date on or before it",
  })
  @IsOptional()
  @IsISO8601({ strict: true, strictSeparator: true }, { message: 'expected a real date as YYYY-MM-DD' })
  asOf?: string;

  @Field(() => PenaltyNoticeSortOrder, { defaultValue: PenaltyNoticeSortOrder.SESSIONS })
  @IsEnum(PenaltyNoticeSortOrder)
  sort: PenaltyNoticeSortOrder = PenaltyNoticeSortOrder.SESSIONS;

  @SchoolUrnField()
  urn?: string;
}
