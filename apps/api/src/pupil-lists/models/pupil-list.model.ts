import type { Type } from '@nestjs/common';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { PeriodFigures } from '../../period/period-figures.model.js';

/** Who a row of a pupil list is about: the enrolment's school and the pupil. Abstract in the schema. */
@ObjectType({ isAbstract: true })
export class PupilListRow {
  @Field()
  urn!: string;

  @Field()
  schoolName!: string;

  @Field({ description: 'Pupil-level data: only for callers whose scope allows it' })
  upn!: string;

  @Field(() => Int, {
    description:
      "The store's id of the pupil (never changed, not a UPN): pages put it in their addresses instead of the UPN; pupilRecord takes it",
  })
  pupilId!: number;

  @Field(() => String, { nullable: true })
  yearGroup!: string | null;
}

/** A page of a list of enrolments over a period: the period, the whole list's length and the page's rows. */
export function PeriodEnrolmentList<Row>(row: Type<Row>) {
  @ObjectType({ isAbstract: true })
  abstract class EnrolmentListPage extends PeriodFigures {
    @Field(() => Int, { description: 'How many enrolments the whole list holds' })
    length!: number;

    @Field(() => [row])
    pupils!: Row[];
  }
  return EnrolmentListPage;
}

/** What a list drawn up on one date (not over a period) says about that date and how fresh the data is. */
@ObjectType({ isAbstract: true })
export abstract class AsOfFigures {
  @Field(() => String, {
    nullable: true,
    description: 'The date the list is drawn up on (default the latest date with data); null when no data',
  })
  asOf!: string | null;

  @Field(() => String, { nullable: true, description: 'The latest date with data' })
  dataAsOf!: string | null;
}
