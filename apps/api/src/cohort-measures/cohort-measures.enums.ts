import { registerEnumType } from '@nestjs/graphql';
import { MEASURE_DIMENSIONS, type MeasureDimension } from '@attendance/analytics';

/** The analytics library's dimensions, as a GraphQL enum with the same names. */
export const MeasureDimensionEnum = Object.fromEntries(
  MEASURE_DIMENSIONS.map((dimension) => [dimension, dimension]),
) as { [Dimension in MeasureDimension]: Dimension };

registerEnumType(MeasureDimensionEnum, {
  name: 'MeasureDimension',
  description: 'What a cohort can be broken down by: school, pupil characteristics, social care.',
});

/** Values are the analytics library's CohortChoice strings, so an argument passes straight through. */
export enum CohortEnum {
  STATUTORY = 'statutory',
  OUTSIDE_STATUTORY = 'outside-statutory',
}

registerEnumType(CohortEnum, {
  name: 'Cohort',
  description:
    'The statutory cohort (aged 5 to 15 at the start of the year, the sixth half term left out at 15), or the enrolments outside it, always reported apart.',
});
