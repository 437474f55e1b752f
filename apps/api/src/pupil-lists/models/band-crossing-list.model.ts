import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { PeriodEnrolmentList, PupilListRow } from './pupil-list.model.js';

@ObjectType({ description: "A rung of the LA's escalation ladder" })
export class EscalationBandRef {
  @Field()
  id!: string;

  @Field()
  label!: string;
}

@ObjectType({
  description: 'An enrolment whose year-to-date attendance band is lower than some school weeks ago',
})
export class BandCrossing extends PupilListRow {
  @Field({
    description: '"Before" is the year to date through this Sunday, the end of the week compared with',
  })
  beforeThrough!: string;

  @Field(() => EscalationBandRef)
  bandBefore!: EscalationBandRef;

  @Field(() => EscalationBandRef)
  bandNow!: EscalationBandRef;

  @Field(() => Int, { description: 'How many rungs lower the band is now' })
  bandsDropped!: number;

  @Field(() => Float)
  attendanceRateBefore!: number;

  @Field(() => Float)
  attendanceRateNow!: number;

  @Field(() => Int)
  possibleSessionsBefore!: number;

  @Field(() => Int)
  possibleSessionsNow!: number;
}

@ObjectType({
  description:
    'A page of the statutory-cohort enrolments whose year-to-date band fell over the last N school weeks; the period is the year to date compared',
})
export class BandCrossingList extends PeriodEnrolmentList(BandCrossing) {
  @Field(() => Int, { description: 'School weeks between "before" and now' })
  weeks!: number;

  @Field(() => [EscalationBandRef], { description: 'The ladder, highest attendance first' })
  bands!: EscalationBandRef[];
}
