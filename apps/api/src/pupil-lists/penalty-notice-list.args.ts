import { ArgsType, Field, Int, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsISO8601, IsOptional, Max, Min } from 'class-validator';
import { MAX_LIST_PAGE } from '@attendance/analytics';

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
export class PenaltyNoticeListArgs {
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

  @Field(() => Int, { defaultValue: 50 })
  @Min(1, { message: `expected 1 to ${MAX_LIST_PAGE}` })
  @Max(MAX_LIST_PAGE, { message: `expected 1 to ${MAX_LIST_PAGE}` })
  limit = 50;

  @Field(() => Int, { defaultValue: 0 })
  @Min(0, { message: 'expected 0 or more' })
  offset = 0;
}
