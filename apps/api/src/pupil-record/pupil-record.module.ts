import { Module } from '@nestjs/common';
import { PupilRecordResolver } from './pupil-record.resolver.js';

@Module({ providers: [PupilRecordResolver] })
export class PupilRecordModule {}
