import { ArgsType, Field, registerEnumType } from '@nestjs/graphql';
import { IsEnum } from 'class-validator';
import { TIME_SERIES_GRANULARITIES } from '@attendance/analytics';
import { CohortEnum } from '../cohort-measures/cohort-measures.enums.js';
import { PeriodArgs } from '../period/period.args.js';

/** Values are the analytics library's granularities, so an argument passes straight through. */
export enum TimeSeriesGranularityEnum {
  DAY = 'day',
  WEEK = 'week',
  HALF_TERM = 'half-term',
}
registerEnumType(TimeSeriesGranularityEnum, {
  name: 'TimeSeriesGranularity',
  description:
    'Days (at most 100; by default the latest 20 school days), weeks (Monday start) or the LA half terms',
});

@ArgsType()
export class TimeSeriesArgs extends PeriodArgs {
  @Field(() => TimeSeriesGranularityEnum)
  @IsEnum(TimeSeriesGranularityEnum, { message: `expected one of ${TIME_SERIES_GRANULARITIES.join(', ')}` })
  granularity!: TimeSeriesGranularityEnum;

  @Field(() => CohortEnum, { defaultValue: CohortEnum.STATUTORY })
  @IsEnum(CohortEnum)
  cohort: CohortEnum = CohortEnum.STATUTORY;
}
