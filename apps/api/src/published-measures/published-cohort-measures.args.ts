import { ArgsType, Field } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsBoolean,
  IsEnum,
  IsOptional,
  Matches,
} from 'class-validator';
import { MEASURE_DIMENSIONS, type MeasureDimension } from '@attendance/analytics';
import { MeasureDimensionEnum } from '../cohort-measures/cohort-measures.enums.js';
import { PeriodArgs } from '../period/period.args.js';

@ArgsType()
export class PublishedCohortMeasuresArgs extends PeriodArgs {
  @Field(() => [MeasureDimensionEnum], {
    description: 'One or two dimensions, e.g. [yearGroup, senProvision]',
  })
  @ArrayMinSize(1, { message: 'expected one or two dimensions' })
  @ArrayMaxSize(2, { message: 'expected one or two dimensions' })
  @ArrayUnique({ message: 'expected two different dimensions' })
  @IsEnum(MeasureDimensionEnum, { each: true, message: `expected one of ${MEASURE_DIMENSIONS.join(', ')}` })
  dimensions!: MeasureDimension[];

  @Field(() => String, { nullable: true, description: "One school's figures (URN); default the whole LA" })
  @IsOptional()
  @Matches(/^\d{6,7}$/, { message: 'expected a URN (6 or 7 digits)' })
  urn?: string;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Add each DfE reason column (a sensitive split: 10+ per cell)',
  })
  @IsBoolean()
  reasons = false;
}
