import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description:
    'An enrolment meeting the national penalty-notice threshold: 10 or more unauthorised sessions (G, N, O, U) ' +
    "in the rolling 10 school weeks of its school's own register",
})
export class PenaltyNoticePupil {
  @Field()
  urn!: string;

  @Field()
  schoolName!: string;

  @Field({ description: 'Pupil-level data: only for callers whose scope allows it' })
  upn!: string;

  @Field(() => String, { nullable: true })
  yearGroup!: string | null;

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
export class PenaltyNoticeList {
  @Field(() => String, {
    nullable: true,
    description: 'The date the list is drawn up on (default the latest date with data); null when no data',
  })
  asOf!: string | null;

  @Field(() => String, { nullable: true, description: 'The latest date with data' })
  dataAsOf!: string | null;

  @Field(() => Int, { description: 'How many enrolments the whole list holds' })
  length!: number;

  @Field(() => [PenaltyNoticePupil])
  pupils!: PenaltyNoticePupil[];
}
