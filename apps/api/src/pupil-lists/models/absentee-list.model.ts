import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { PeriodFigures } from '../../period/period-figures.model.js';

@ObjectType({ description: 'One persistently or severely absent enrolment' })
export class Absentee {
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

  @Field(() => Int)
  attendedSessions!: number;

  @Field(() => Int)
  authorisedSessions!: number;

  @Field(() => Int)
  unauthorisedSessions!: number;

  @Field(() => Float)
  attendanceRate!: number;

  @Field()
  severe!: boolean;
}

@ObjectType({ description: 'A page of an absentee list for the statutory cohort' })
export class AbsenteeList extends PeriodFigures {
  @Field(() => Int, { description: 'How many enrolments the whole list holds' })
  length!: number;

  @Field(() => [Absentee])
  pupils!: Absentee[];
}
