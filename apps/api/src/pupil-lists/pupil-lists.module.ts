import { Module } from '@nestjs/common';
import { AbsenteeListResolver } from './absentee-list.resolver.js';

@Module({ providers: [AbsenteeListResolver] })
export class PupilListsModule {}
