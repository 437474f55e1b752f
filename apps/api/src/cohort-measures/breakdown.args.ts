import { ArgsType, Field } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsEnum } from 'class-validator';
import { MEASURE_DIMENSIONS, type MeasureDimension } from '@attendance/analytics';
import { PeriodArgs } from '../period/period.args.js';
import { MeasureDimensionEnum } from './cohort-measures.enums.js';

/** A breakdown's period and its one or two dimensions, shared by the unprotected and published breakdowns. */
@ArgsType()
export class BreakdownArgs extends PeriodArgs {
  @Field(() => [MeasureDimensionEnum], {
    description: 'One or two dimensions, e.g. [yearGroup, senProvision]',
  })
  @ArrayMinSize(1, { message: 'expected one or two dimensions' })
  @ArrayMaxSize(2, { message: 'expected one or two dimensions' })
  @ArrayUnique({ message: 'expected two different dimensions' })
  @IsEnum(MeasureDimensionEnum, { each: true, message: `expected one of ${MEASURE_DIMENSIONS.join(', ')}` })
  dimensions!: MeasureDimension[];
}
