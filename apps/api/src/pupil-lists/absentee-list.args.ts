import { ArgsType, Field, Int, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsISO8601, IsOptional, Max, Min } from 'class-validator';
import { MAX_LIST_PAGE } from '@attendance/analytics';

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
export class AbsenteeListArgs {
  @Field(() => AbsenteeListKind)
  @IsEnum(AbsenteeListKind)
  list!: AbsenteeListKind;

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
