import { Global, Module } from '@nestjs/common';
import { ComparisonsService } from './comparisons.service.js';

@Global()
@Module({ providers: [ComparisonsService], exports: [ComparisonsService] })
export class ComparisonsModule {}
