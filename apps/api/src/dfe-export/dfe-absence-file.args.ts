import { ArgsType, Field } from '@nestjs/graphql';
import { IsIn, IsOptional, Matches, MinLength } from 'class-validator';
import { DFE_TIME_IDENTIFIERS, type DfeTimeIdentifier } from '@attendance/domain';
import { PeriodArgs } from '../period/period.args.js';

@ArgsType()
export class DfeAbsenceFileArgs extends PeriodArgs {
  @Field(() => String, {
    defaultValue: 'Academic year',
    description: `The time_identifier column: ${DFE_TIME_IDENTIFIERS.join(', ')}`,
  })
  @IsIn(DFE_TIME_IDENTIFIERS, { message: `expected one of ${DFE_TIME_IDENTIFIERS.join(', ')}` })
  timeIdentifier: DfeTimeIdentifier = 'Academic year';

  @Field(() => String, { nullable: true, description: "The LA's DfE 3-digit code; default LA_CODE" })
  @IsOptional()
  @Matches(/^\d{3}$/, { message: 'expected the DfE three-digit LA code, e.g. 935' })
  laCode?: string;

  @Field(() => String, { nullable: true, description: "The LA's ONS code, when the DfE's files lack the LA" })
  @IsOptional()
  @Matches(/^E\d{8}$/, { message: 'expected an ONS code such as E10000029' })
  newLaCode?: string;

  @Field(() => String, { nullable: true, description: "The LA's name; default LA_NAME or the DfE's" })
  @IsOptional()
  @MinLength(1)
  laName?: string;

  @Field(() => String, { nullable: true, description: "The region's code, when the DfE's files lack the LA" })
  @IsOptional()
  @Matches(/^E12\d{6}$/, { message: 'expected a region code such as E12000006' })
  regionCode?: string;

  @Field(() => String, { nullable: true, description: "The region's name, when the DfE's files lack the LA" })
  @IsOptional()
  @MinLength(1)
  regionName?: string;
}
