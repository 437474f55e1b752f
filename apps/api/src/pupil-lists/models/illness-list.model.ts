import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { PeriodEnrolmentList, PupilListRow } from './pupil-list.model.js';

@ObjectType({
  description:
    'An enrolment of a pupil with long illness absence (code I) in the period: section 19 (education for children unable to attend because of illness)',
})
export class IllnessAbsentee extends PupilListRow {
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
export class IllnessList extends PeriodEnrolmentList(IllnessAbsentee) {
  @Field(() => Int, { description: 'Days of illness from which a pupil is listed' })
  minimumDays!: number;

  @Field(() => Int, { description: 'The same threshold in sessions (days x 2)' })
  minimumSessions!: number;
}
