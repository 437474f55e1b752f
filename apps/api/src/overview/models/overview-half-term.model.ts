import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description:
    "One of the LA's half terms of the overview's academic year. A weekly figure whose weekStart is from firstWeekStart to lastWeekStart is in this half term; any other week is a holiday.",
})
export class OverviewHalfTerm {
  @Field(() => Int, { description: '1 (Autumn 1) to 6 (Summer 2)' })
  number!: number;

  @Field({ description: "'Autumn 1' to 'Summer 2'" })
  label!: string;

  @Field({ description: 'First school day' })
  start!: string;

  @Field({ description: 'Last school day' })
  end!: string;

  @Field({ description: 'The Monday of its first week' })
  firstWeekStart!: string;

  @Field({ description: 'The Monday of its last week' })
  lastWeekStart!: string;
}
