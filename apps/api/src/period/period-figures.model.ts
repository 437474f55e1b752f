import { Field, ObjectType } from '@nestjs/graphql';

/** What every answer about a period says about it: the academic year, its dates and how fresh the data is. */
@ObjectType({ isAbstract: true })
export abstract class PeriodFigures {
  @Field({ description: 'e.g. 2026/27' })
  academicYear!: string;

  @Field()
  periodStart!: string;

  @Field()
  periodEnd!: string;

  @Field(() => String, { nullable: true, description: 'The latest mark in the store' })
  dataAsOf!: string | null;
}
