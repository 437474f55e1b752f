import { ArgsType, Field, Int, registerEnumType } from '@nestjs/graphql';
import { IsEnum, Max, Min } from 'class-validator';
import { SECTION_19_ILLNESS_DAYS } from '@attendance/analytics';
import { DEFAULT_PUPIL_DAYS_PER_YEAR } from '@attendance/domain';
import { PagedPeriodArgs } from './page.args.js';
import { SchoolUrnField } from '../school-scope/school-urn.field.js';

export enum IllnessSortOrder {
  ILLNESS = 'illness',
  LATEST = 'latest',
  SCHOOL = 'school',
  YEAR_GROUP = 'yearGroup',
}
registerEnumType(IllnessSortOrder, {
  name: 'IllnessSortOrder',
  description:
    "Most illness first (the pupil's total, then the enrolment's), the latest illness first, by school, or by year group",
});

@ArgsType()
export class IllnessListArgs extends PagedPeriodArgs {
  @Field(() => Int, {
    defaultValue: SECTION_19_ILLNESS_DAYS,
    description: 'Whole days of illness from which a pupil is listed (15: section 19)',
  })
  @Min(1, { message: `expected 1 to ${DEFAULT_PUPIL_DAYS_PER_YEAR} days` })
  @Max(DEFAULT_PUPIL_DAYS_PER_YEAR, { message: `expected 1 to ${DEFAULT_PUPIL_DAYS_PER_YEAR} days` })
  minimumDays = SECTION_19_ILLNESS_DAYS;

  @Field(() => IllnessSortOrder, { defaultValue: IllnessSortOrder.ILLNESS })
  @IsEnum(IllnessSortOrder)
  sort: IllnessSortOrder = IllnessSortOrder.ILLNESS;

  @SchoolUrnField()
  urn?: string;
}
