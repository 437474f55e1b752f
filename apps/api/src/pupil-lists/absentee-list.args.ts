import { ArgsType, Field, registerEnumType } from '@nestjs/graphql';
import { IsEnum } from 'class-validator';
import { PagedPeriodArgs } from './page.args.js';
import { SchoolUrnField } from '../school-scope/school-urn.field.js';

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
export class AbsenteeListArgs extends PagedPeriodArgs {
  @Field(() => AbsenteeListKind)
  @IsEnum(AbsenteeListKind)
  list!: AbsenteeListKind;

  @Field(() => AbsenteeSortOrder, { defaultValue: AbsenteeSortOrder.ATTENDANCE })
  @IsEnum(AbsenteeSortOrder)
  sort: AbsenteeSortOrder = AbsenteeSortOrder.ATTENDANCE;

  @SchoolUrnField()
  urn?: string;
}
