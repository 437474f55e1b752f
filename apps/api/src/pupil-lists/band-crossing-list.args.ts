import { ArgsType, Field, Int, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsISO8601, IsOptional, Max, Min } from 'class-validator';
import { MAX_BAND_CROSSING_WEEKS } from '@attendance/analytics';
import { PageArgs } from './page.args.js';
import { SchoolUrnField } from '../school-scope/school-urn.field.js';

export enum BandCrossingSortOrder {
  DROP = 'drop',
  ATTENDANCE = 'attendance',
  SCHOOL = 'school',
  YEAR_GROUP = 'yearGroup',
}
registerEnumType(BandCrossingSortOrder, {
  name: 'BandCrossingSortOrder',
  description:
    'Most bands dropped first (then most attendance lost), lowest attendance now first, by school, or by year group',
});

@ArgsType()
export class BandCrossingListArgs extends PageArgs {
  @Field(() => Int, { defaultValue: 4, description: 'How many school weeks back to compare with' })
  @Min(1, { message: `expected 1 to ${MAX_BAND_CROSSING_WEEKS}` })
  @Max(MAX_BAND_CROSSING_WEEKS, { message: `expected 1 to ${MAX_BAND_CROSSING_WEEKS}` })
  weeks = 4;

  @Field(() => String, {
    nullable: true,
    description:
      '"Now" is the year to date through this date (YYYY-MM-DD); default: the latest date with data',
  })
  @IsOptional()
  @IsISO8601({ strict: true, strictSeparator: true }, { message: 'expected a real date as YYYY-MM-DD' })
  asOf?: string;

  @Field(() => BandCrossingSortOrder, { defaultValue: BandCrossingSortOrder.DROP })
  @IsEnum(BandCrossingSortOrder)
  sort: BandCrossingSortOrder = BandCrossingSortOrder.DROP;

  @SchoolUrnField()
  urn?: string;
}
