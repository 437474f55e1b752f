import { ArgsType, Field } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsEnum, IsISO8601, IsOptional } from 'class-validator';
import { MEASURE_DIMENSIONS, type MeasureDimension } from '@attendance/analytics';
import { CohortEnum, MeasureDimensionEnum } from './cohort-measures.enums.js';

@ArgsType()
export class CohortMeasuresArgs {
  @Field(() => [MeasureDimensionEnum], {
    description: 'One or two dimensions, e.g. [yearGroup, senProvision]',
  })
  @ArrayMinSize(1, { message: 'expected one or two dimensions' })
  @ArrayMaxSize(2, { message: 'expected one or two dimensions' })
  @ArrayUnique({ message: 'expected two different dimensions' })
  @IsEnum(MeasureDimensionEnum, { each: true, message: `expected one of ${MEASURE_DIMENSIONS.join(', ')}` })
  dimensions!: MeasureDimension[];

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

  @Field(() => CohortEnum, { defaultValue: CohortEnum.STATUTORY })
  @IsEnum(CohortEnum)
  cohort: CohortEnum = CohortEnum.STATUTORY;
}
