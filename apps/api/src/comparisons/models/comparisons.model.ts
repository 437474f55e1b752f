import { Field, ObjectType } from '@nestjs/graphql';
import { AttendanceMeasures } from '../../overview/models/attendance-measures.model.js';
import { SymbolMeaning } from '../../published-measures/models/published-cohort-measures.model.js';
import { PublishedFigure } from './published-figure.model.js';
import { PublishedSocialCareComparison } from './published-social-care-comparison.model.js';

@ObjectType({ description: "The product's own figures for the period, from the schools' registers" })
export class OwnComparison {
  @Field({ description: 'SCHOOL, LA or LA_PHASE (the LA, schools of the same phase only)' })
  level!: string;

  @Field({ description: 'e.g. "Larkfield Primary School" or "Synthetic Borough Council, primary schools"' })
  label!: string;

  @Field(() => AttendanceMeasures)
  measures!: AttendanceMeasures;
}

@ObjectType({ description: "The DfE's published figures for an area, with what they are and where from" })
export class PublishedComparison {
  @Field({ description: 'LA, REGION or ENGLAND' })
  level!: string;

  @Field()
  areaCode!: string;

  @Field()
  areaName!: string;

  @Field({ description: 'Primary, Secondary, Special or Total' })
  phase!: string;

  @Field({ description: 'daily-attendance or annual-census: they differ by design' })
  method!: string;

  @Field({ description: 'e.g. "Daily attendance data"' })
  methodLabel!: string;

  @Field({ description: 'e.g. 2025/26' })
  academicYear!: string;

  @Field({ description: 'e.g. "Year to date (to week 26 of 2026)"' })
  periodLabel!: string;

  @Field({ description: 'One line for a caption: method, year, period, publication and file' })
  summary!: string;

  @Field({ description: 'The publication the figures come from' })
  sourceUrl!: string;

  @Field(() => PublishedFigure, { description: 'Daily data only' })
  attendanceRate!: PublishedFigure;

  @Field(() => PublishedFigure)
  overallAbsenceRate!: PublishedFigure;

  @Field(() => PublishedFigure)
  authorisedAbsenceRate!: PublishedFigure;

  @Field(() => PublishedFigure)
  unauthorisedAbsenceRate!: PublishedFigure;

  @Field(() => PublishedFigure)
  persistentAbsenceRate!: PublishedFigure;

  @Field(() => PublishedFigure, { description: 'Census only: the daily files do not publish it' })
  severeAbsenceRate!: PublishedFigure;
}

@ObjectType({
  description:
    "A school's or the LA's figures beside the LA's, the region's and England's, for all pupils and (annual census only) for the social care groups. Published figures are the nearest the DfE has at or before the period's year, each labelled with its year, period and method.",
})
export class Comparisons {
  @Field({ description: 'The phase compared: the school’s, or Total for the LA' })
  phase!: string;

  @Field(() => [OwnComparison])
  own!: OwnComparison[];

  @Field(() => [PublishedComparison], { description: 'Daily data first (LA, region, England), then census' })
  published!: PublishedComparison[];

  @Field(() => [PublishedSocialCareComparison], {
    description:
      'Children in need (CIN), on a child protection plan (CPP) and looked after (CLA), in that order, each for the LA (with LA_CODE), the region and England where the DfE publishes them: annual census, full academic year, the nearest year at or before the period’s, in the same phase',
  })
  socialCare!: PublishedSocialCareComparison[];

  @Field(() => [SymbolMeaning], {
    description: 'What each DfE symbol a published figure may hold instead of a number means',
  })
  symbols!: SymbolMeaning[];

  @Field(() => [String], { description: 'What could not be compared, and why' })
  notes!: string[];

  @Field({ description: 'Show wherever published figures are shown (Open Government Licence v3.0)' })
  attribution!: string;
}
