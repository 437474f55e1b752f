import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Children of a school whose CME run has reached a milestone or a longer one' })
export class SchoolCmeMilestoneCount {
  @Field(() => Int, { description: '3, 6, 10 or 20 school days of consecutive unexplained absence' })
  milestone!: number;

  @Field(() => Int, { description: 'What cmeMilestoneList(milestone) gives filtered to the school' })
  children!: number;
}

@ObjectType({
  description:
    "What a school's row of the LA's schools table flags, as of the store's latest mark (whatever the overview's period)",
})
export class SchoolActions {
  @Field(() => Float, {
    nullable: true,
    description:
      "Statutory-cohort attendance over the school's latest four school weeks of the academic year of the latest mark (weeks with possible sessions, counted back from the week of the latest mark; from school_weeks)",
  })
  latestFourWeeksAttendanceRate!: number | null;

  @Field(() => Float, { nullable: true, description: 'The same over the four school weeks before them' })
  previousFourWeeksAttendanceRate!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Four-week change: latestFourWeeksAttendanceRate minus previousFourWeeksAttendanceRate, in percentage points; null unless the school has eight school weeks this year',
  })
  fourWeekChange!: number | null;

  @Field(() => Int, {
    description:
      'Pupils at the penalty-notice threshold: what penaltyNoticeList gives filtered to the school',
  })
  penaltyNoticePupils!: number;

  @Field(() => [SchoolCmeMilestoneCount], { description: 'One per CME milestone, shortest first' })
  cmeMilestones!: SchoolCmeMilestoneCount[];

  @Field(() => String, { nullable: true, description: "The school's latest stored mark" })
  lastMarkDate!: string | null;

  @Field(() => Int, {
    description:
      "How many of the LA's last 10 register dates come after the school's latest mark (0: up to date), as dataQuality counts them",
  })
  registerDatesBehind!: number;
}
