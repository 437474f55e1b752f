import { ArgsType, Field, Int, registerEnumType } from '@nestjs/graphql';
import { IsEnum, Max, Min } from 'class-validator';
import { MAX_LIST_PAGE } from '@attendance/analytics';
import { PeriodArgs } from '../period/period.args.js';

export enum PartTimeSortOrder {
  SESSIONS = 'sessions',
  LATEST = 'latest',
  SCHOOL = 'school',
  YEAR_GROUP = 'yearGroup',
}
registerEnumType(PartTimeSortOrder, {
  name: 'PartTimeSortOrder',
  description: 'Most part-time sessions first, the latest C2 first, by school, or by year group',
});

@ArgsType()
export class PartTimeTimetableListArgs extends PeriodArgs {
  @Field(() => PartTimeSortOrder, { defaultValue: PartTimeSortOrder.SESSIONS })
  @IsEnum(PartTimeSortOrder)
  sort: PartTimeSortOrder = PartTimeSortOrder.SESSIONS;

  @Field(() => Int, { defaultValue: 50 })
  @Min(1, { message: `expected 1 to ${MAX_LIST_PAGE}` })
  @Max(MAX_LIST_PAGE, { message: `expected 1 to ${MAX_LIST_PAGE}` })
  limit = 50;

  @Field(() => Int, { defaultValue: 0 })
  @Min(0, { message: 'expected 0 or more' })
  offset = 0;
}
