import { Field, Int, ObjectType } from '@nestjs/graphql';
import { CohortEnum } from '../../cohort-measures/cohort-measures.enums.js';
import { PeriodFigures } from '../../period/period-figures.model.js';
import { TimeSeriesGranularityEnum } from '../time-series.args.js';
import { TimeSeriesFigures } from './time-series-figures.model.js';

@ObjectType({ description: 'One day, week or half term of a time series, with the same point last year.' })
export class TimeSeriesPoint extends TimeSeriesFigures {
  @Field({ description: "The date, the week's Monday, or the half term's name (e.g. Autumn 2)" })
  label!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The LA half term (1-6) the day or week falls in, or that the point is; null in a holiday',
  })
  halfTerm!: number | null;

  @Field(() => TimeSeriesFigures, {
    nullable: true,
    description:
      'The same point of the previous academic year: the same dates 52 weeks earlier (days, weeks), or the half term with the same number over the same part of it; null when the store has no data for it',
  })
  lastYear!: TimeSeriesFigures | null;
}

@ObjectType({
  description:
    "A cohort's attendance over a period (default: the academic year to date) by day, week or half term; only points with possible sessions.",
})
export class AttendanceTimeSeries extends PeriodFigures {
  @Field(() => TimeSeriesGranularityEnum)
  granularity!: TimeSeriesGranularityEnum;

  @Field(() => CohortEnum)
  cohort!: CohortEnum;

  @Field(() => [TimeSeriesPoint], { description: 'Oldest first' })
  points!: TimeSeriesPoint[];
}
