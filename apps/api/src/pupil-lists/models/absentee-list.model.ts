import { Field, Float, ObjectType } from '@nestjs/graphql';
import { withSessionCounts } from '../../period/session-counts.model.js';
import { PeriodEnrolmentList, PupilListRow } from './pupil-list.model.js';

@ObjectType({ description: 'One persistently or severely absent enrolment' })
export class Absentee extends withSessionCounts(PupilListRow) {
  @Field(() => Float)
  attendanceRate!: number;

  @Field()
  severe!: boolean;
}

@ObjectType({ description: 'A page of an absentee list for the statutory cohort' })
export class AbsenteeList extends PeriodEnrolmentList(Absentee) {}
