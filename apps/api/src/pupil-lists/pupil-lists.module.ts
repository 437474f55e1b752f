import { Module } from '@nestjs/common';
import { AbsenteeListResolver } from './absentee-list.resolver.js';
import { BandCrossingListResolver } from './band-crossing-list.resolver.js';
import { CmeMilestoneListResolver } from './cme-milestone-list.resolver.js';
import { IllnessListResolver } from './illness-list.resolver.js';
import { PartTimeTimetableListResolver } from './part-time-list.resolver.js';
import { PenaltyNoticeListResolver } from './penalty-notice-list.resolver.js';

@Module({
  providers: [
    AbsenteeListResolver,
    BandCrossingListResolver,
    IllnessListResolver,
    PartTimeTimetableListResolver,
    PenaltyNoticeListResolver,
    CmeMilestoneListResolver,
  ],
})
export class PupilListsModule {}
