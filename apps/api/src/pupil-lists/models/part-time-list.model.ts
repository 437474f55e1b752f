import { Field, Int, ObjectType } from '@nestjs/graphql';
import { PeriodEnrolmentList, PupilListRow } from './pupil-list.model.js';

@ObjectType({ description: 'An enrolment with part-time timetable sessions (code C2) in the period' })
export class PartTimeTimetablePupil extends PupilListRow {
  @Field(() => Int, { description: 'Sessions marked C2 in the period' })
  partTimeSessions!: number;

  @Field()
  firstPartTimeDate!: string;

  @Field()
  latestPartTimeDate!: string;

  @Field({ description: "The latest C2 is in the school's last two school weeks up to the period's end" })
  current!: boolean;
}

@ObjectType({ description: 'A page of the part-time timetable list for the statutory cohort' })
export class PartTimeTimetableList extends PeriodEnrolmentList(PartTimeTimetablePupil) {}
