import { ArgsType, Field, registerEnumType } from '@nestjs/graphql';
import { IsEnum } from 'class-validator';
import { PagedPeriodArgs } from './page.args.js';
import { SchoolUrnField } from '../school-scope/school-urn.field.js';

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
export class PartTimeTimetableListArgs extends PagedPeriodArgs {
  @Field(() => PartTimeSortOrder, { defaultValue: PartTimeSortOrder.SESSIONS })
  @IsEnum(PartTimeSortOrder)
  sort: PartTimeSortOrder = PartTimeSortOrder.SESSIONS;

  @SchoolUrnField()
  urn?: string;
}
