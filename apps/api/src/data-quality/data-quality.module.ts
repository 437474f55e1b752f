import { Module } from '@nestjs/common';
import { DataQualityResolver } from './data-quality.resolver.js';

@Module({ providers: [DataQualityResolver] })
export class DataQualityModule {}
