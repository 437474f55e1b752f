import { Field, Float, ObjectType } from '@nestjs/graphql';
import { AttendanceMeasures } from './attendance-measures.model.js';

@ObjectType({
  description:
    'The headline rates now minus those of the compared period, in percentage points; null where either has no figure',
})
export class HeadlineRateChanges {
  @Field(() => Float, { nullable: true })
  attendanceRate!: number | null;

  @Field(() => Float, { nullable: true })
  authorisedAbsenceRate!: number | null;

  @Field(() => Float, { nullable: true })
  unauthorisedAbsenceRate!: number | null;

  @Field(() => Float, { nullable: true })
  persistentAbsenceRate!: number | null;

  @Field(() => Float, { nullable: true })
  severeAbsenceRate!: number | null;
}

@ObjectType({ description: 'The headline compared with the overview of another period' })
export class HeadlineChange {
  @Field({ description: 'The compared period: first date' })
  from!: string;

  @Field({ description: 'The compared period: last date' })
  to!: string;

  @Field({ description: 'False when the store holds no possible sessions for the compared period' })
  hasData!: boolean;

  @Field(() => AttendanceMeasures, { description: "The compared period's own figures" })
  measures!: AttendanceMeasures;

  @Field(() => HeadlineRateChanges)
  changes!: HeadlineRateChanges;
}

@ObjectType({ description: 'How the headline has moved' })
export class HeadlineChanges {
  @Field(() => HeadlineChange, {
    nullable: true,
    description:
      'Against the same period through the end of the previous week (the Sunday before the Monday of the week the period ends in); null when the period has no earlier week',
  })
  sinceLastWeek!: HeadlineChange | null;

  @Field(() => HeadlineChange, {
    nullable: true,
    description:
      'Against the same dates 52 weeks earlier (the time series\' "same point last year"), inside the previous academic year; null when none of them is',
  })
  samePointLastYear!: HeadlineChange | null;
}
