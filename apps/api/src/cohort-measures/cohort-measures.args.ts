import { ArgsType, Field } from '@nestjs/graphql';
import { IsEnum } from 'class-validator';
import { BreakdownArgs } from './breakdown.args.js';
import { CohortEnum } from './cohort-measures.enums.js';
import { SchoolUrnField } from '../school-scope/school-urn.field.js';

@ArgsType()
export class CohortMeasuresArgs extends BreakdownArgs {
  @Field(() => CohortEnum, { defaultValue: CohortEnum.STATUTORY })
  @IsEnum(CohortEnum)
  cohort: CohortEnum = CohortEnum.STATUTORY;

  @SchoolUrnField()
  urn?: string;
}
