import { Field, ObjectType } from '@nestjs/graphql';
import { PublishedFigure } from './published-figure.model.js';

@ObjectType({
  description:
    "The DfE's published absence of one social care group (children in need, on a child protection plan, looked after) for an area: annual school census figures for a full academic year, a different method and period from the schools' registers, so compare with care",
})
export class PublishedSocialCareComparison {
  @Field({ description: 'CIN, CPP or CLA, as the DfE groups them (a child is in one group only)' })
  group!: string;

  @Field({
    description:
      'The DfE\'s definition, e.g. "Children in need at 31 March (not on a child protection plan or looked after)"',
  })
  groupLabel!: string;

  @Field({ description: 'LA, REGION or ENGLAND' })
  level!: string;

  @Field()
  areaCode!: string;

  @Field()
  areaName!: string;

  @Field({ description: 'Primary, Secondary, Special or Total: the school’s phase, or Total for the LA' })
  phase!: string;

  @Field({ description: 'annual-census: these figures are published from the census only' })
  method!: string;

  @Field({ description: '"Annual school census"' })
  methodLabel!: string;

  @Field({
    description: 'The nearest year the DfE has published at or before the period’s year, e.g. 2024/25',
  })
  academicYear!: string;

  @Field({ description: '"Full academic year": the DfE publishes no term figures for these groups' })
  periodLabel!: string;

  @Field({
    description: 'One line for a caption: method, year, period, group, how a Total was formed, source',
  })
  summary!: string;

  @Field({ description: 'The publication the figures come from' })
  sourceUrl!: string;

  @Field(() => PublishedFigure, { description: "Pupils in the group in the area's schools of the phase" })
  pupils!: PublishedFigure;

  @Field(() => PublishedFigure)
  overallAbsenceRate!: PublishedFigure;

  @Field(() => PublishedFigure)
  authorisedAbsenceRate!: PublishedFigure;

  @Field(() => PublishedFigure)
  unauthorisedAbsenceRate!: PublishedFigure;

  @Field(() => PublishedFigure, { description: 'Percentage of pupils missing 10% or more of sessions' })
  persistentAbsenceRate!: PublishedFigure;

  @Field(() => PublishedFigure, { description: 'Percentage of pupils missing 50% or more of sessions' })
  severeAbsenceRate!: PublishedFigure;
}
