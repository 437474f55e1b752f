import { Module } from '@nestjs/common';
import { DemoDataBootstrap } from './demo-data.bootstrap.js';

@Module({ providers: [DemoDataBootstrap] })
export class DemoDataModule {}
