import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { PeriodFigures } from '../../period/period-figures.model.js';

@ObjectType({
  description:
    'An enrolment of a pupil with long illness absence (code I) in the period: section 19 (education for children unable to attend because of illness)',
})
export class IllnessAbsentee {
  @Field()
  urn!: string;

  @Field()
  schoolName!: string;

  @Field({ description: 'Pupil-level data: only for callers whose scope allows it' })
  upn!: string;

  @Field(() => String, { nullable: true })
  yearGroup!: string | null;

  @Field(() => Int)
  possibleSessions!: number;

  @Field(() => Int, { description: 'Illness sessions recorded by this school' })
  illnessSessions!: number;

  @Field(() => Float, { description: 'Sessions / 2: a day is an AM and a PM session' })
  illnessDays!: number;

  @Field(() => Int, {
    description: "Illness sessions over all of the pupil's enrolments the caller can see (dual registration)",
  })
  pupilIllnessSessions!: number;

  @Field(() => Float)
  pupilIllnessDays!: number;

  @Field(() => Int, { description: "How many enrolments the pupil's total covers" })
  pupilEnrolments!: number;

  @Field(() => String, {
    nullable: true,
    description: 'Monday of the latest week with illness at this school; null when it recorded none',
  })
  latestIllnessWeek!: string | null;
}

@ObjectType({ description: 'A page of the illness list for the statutory cohort' })
export class IllnessList extends PeriodFigures {
  @Field(() => Int, { description: 'Days of illness from which a pupil is listed' })
  minimumDays!: number;

  @Field(() => Int, { description: 'The same threshold in sessions (days x 2)' })
  minimumSessions!: number;

  @Field(() => Int, { description: 'How many enrolments the whole list holds' })
  length!: number;

  @Field(() => [IllnessAbsentee])
  pupils!: IllnessAbsentee[];
}
