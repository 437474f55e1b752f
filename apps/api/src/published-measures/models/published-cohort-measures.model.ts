import { Field, ObjectType } from '@nestjs/graphql';
import { PublishedFigure } from '../../comparisons/models/published-figure.model.js';
import { PeriodFigures } from '../../period/period-figures.model.js';

@ObjectType({ description: 'One figure of a published row, named as in the DfE absence files' })
export class NamedPublishedFigure {
  @Field({ description: 'e.g. sess_overall, sess_overall_percent, enrolments_pa_10_exact_percent' })
  name!: string;

  @Field(() => PublishedFigure)
  figure!: PublishedFigure;
}

@ObjectType({ description: 'One group of a published breakdown (a cell, a subtotal or the total)' })
export class PublishedCohortRow {
  @Field(() => [String], { nullable: 'items' })
  keys!: (string | null)[];

  @Field(() => [Boolean], { description: 'Per dimension: true when the row covers every value (a total)' })
  all!: boolean[];

  @Field(() => PublishedFigure)
  enrolments!: PublishedFigure;

  @Field(() => [NamedPublishedFigure], { description: 'Counts, then rates (percentages, 1 dp, half up)' })
  figures!: NamedPublishedFigure[];
}

@ObjectType({ description: 'What a DfE symbol in a published figure means' })
export class SymbolMeaning {
  @Field()
  symbol!: string;

  @Field()
  meaning!: string;
}

@ObjectType({
  description:
    'A statutory-cohort breakdown after disclosure control: what aggregate-only audiences (governors, published tables) receive. Cells under 6 enrolments (10 for SEN, social care, ethnicity and reason splits) are suppressed, with further cells so that none can be recomputed from totals or siblings.',
})
export class PublishedCohortMeasures extends PeriodFigures {
  @Field(() => [String])
  dimensions!: string[];

  @Field(() => String, { nullable: true, description: 'The school; null for the whole LA' })
  urn!: string | null;

  @Field({ description: 'True when cells needed 10 enrolments rather than 6' })
  sensitive!: boolean;

  @Field(() => [String], { description: 'Schools whose export is missing or stale for the period' })
  staleSchools!: string[];

  @Field(() => [PublishedCohortRow])
  rows!: PublishedCohortRow[];

  @Field(() => [SymbolMeaning])
  symbols!: SymbolMeaning[];
}
