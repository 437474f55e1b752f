import { Module } from '@nestjs/common';
import { PublishedMeasuresResolver } from './published-measures.resolver.js';

@Module({ providers: [PublishedMeasuresResolver] })
export class PublishedMeasuresModule {}
