import { Module } from '@nestjs/common';
import { TimeSeriesResolver } from './time-series.resolver.js';

@Module({ providers: [TimeSeriesResolver] })
export class TimeSeriesModule {}
