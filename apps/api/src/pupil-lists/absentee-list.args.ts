import { ArgsType, Field, Int, registerEnumType } from '@nestjs/graphql';
import { IsEnum, Max, Min } from 'class-validator';
import { MAX_LIST_PAGE } from '@attendance/analytics';
import { PeriodArgs } from '../period/period.args.js';

export enum AbsenteeListKind {
  PERSISTENT = 'persistent',
  SEVERE = 'severe',
}
registerEnumType(AbsenteeListKind, {
  name: 'AbsenteeListKind',
  description:
    'Persistent absentees (10% or more, severe ones included) or severe absentees only (50% or more)',
});

export enum AbsenteeSortOrder {
  ATTENDANCE = 'attendance',
  UNAUTHORISED = 'unauthorised',
  SCHOOL = 'school',
  YEAR_GROUP = 'yearGroup',
}
registerEnumType(AbsenteeSortOrder, {
  name: 'AbsenteeSortOrder',
  description: 'Lowest attendance first, most unauthorised absence first, by school, or by year group',
});

@ArgsType()
export class AbsenteeListArgs extends PeriodArgs {
  @Field(() => AbsenteeListKind)
  @IsEnum(AbsenteeListKind)
  list!: AbsenteeListKind;

  @Field(() => AbsenteeSortOrder, { defaultValue: AbsenteeSortOrder.ATTENDANCE })
  @IsEnum(AbsenteeSortOrder)
  sort: AbsenteeSortOrder = AbsenteeSortOrder.ATTENDANCE;

  @Field(() => Int, { defaultValue: 50 })
  @Min(1, { message: `expected 1 to ${MAX_LIST_PAGE}` })
  @Max(MAX_LIST_PAGE, { message: `expected 1 to ${MAX_LIST_PAGE}` })
  limit = 50;

  @Field(() => Int, { defaultValue: 0 })
  @Min(0, { message: 'expected 0 or more' })
  offset = 0;
}
