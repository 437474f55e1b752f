import { ArgsType } from '@nestjs/graphql';
import { PeriodArgs } from '../period/period.args.js';

@ArgsType()
export class LaOverviewArgs extends PeriodArgs {}
