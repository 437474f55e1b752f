import { Field, Int, ObjectType } from '@nestjs/graphql';
import { AsOfFigures, PupilListRow } from './pupil-list.model.js';

@ObjectType({
  description:
    'An enrolment meeting the national penalty-notice threshold: 10 or more unauthorised sessions (G, N, O, U) ' +
    "in the rolling 10 school weeks of its school's own register",
})
export class PenaltyNoticePupil extends PupilListRow {
  @Field(() => Int, { description: 'Sessions of G, N, O and U in the window' })
  unauthorisedSessions!: number;

  @Field({ description: 'Monday of the earliest school week of the window' })
  windowStart!: string;

  @Field({ description: "The school's last register date on or before asOf" })
  windowEnd!: string;

  @Field(() => Int, {
    description: "School weeks in the window: 10, fewer only where the school's data starts inside it",
  })
  schoolWeeks!: number;

  @Field({ description: "When the window's sessions reached 10 (never before 2024-08-19)" })
  thresholdMetOn!: string;
}

@ObjectType({ description: 'A page of the penalty-notice list (pupils of compulsory school age)' })
export class PenaltyNoticeList extends AsOfFigures {
  @Field(() => Int, { description: 'How many enrolments the whole list holds' })
  length!: number;

  @Field(() => [PenaltyNoticePupil])
  pupils!: PenaltyNoticePupil[];
}
