import { Module } from '@nestjs/common';
import { CohortMeasuresResolver } from './cohort-measures.resolver.js';
import { CohortMeasuresService } from './cohort-measures.service.js';

@Module({ providers: [CohortMeasuresResolver, CohortMeasuresService] })
export class CohortMeasuresModule {}
