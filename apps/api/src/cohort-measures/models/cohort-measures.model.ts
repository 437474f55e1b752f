import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import type { MeasureDimension } from '@attendance/analytics';
import { PeriodFigures } from '../../period/period-figures.model.js';
import { AttendanceMeasures } from '../../overview/models/attendance-measures.model.js';
import { CohortEnum, MeasureDimensionEnum } from '../cohort-measures.enums.js';

@ObjectType({ description: 'Absence sessions under one DfE reason column (e.g. sess_auth_illness).' })
export class ReasonSessions {
  @Field()
  column!: string;

  @Field(() => Int)
  sessions!: number;
}

@ObjectType({ description: 'Enrolments whose attendance rate falls in one of the LA escalation bands.' })
export class BandEnrolments {
  @Field()
  bandId!: string;

  @Field()
  label!: string;

  @Field(() => Int)
  enrolments!: number;
}

@ObjectType({
  description:
    'One group of a breakdown: a value of each dimension, or every value of it (a subtotal or the total).',
})
export class CohortGroup {
  @Field(() => [String], {
    nullable: 'items',
    description: 'Per dimension: the value; null where `all` is true, or when the value was not recorded',
  })
  keys!: (string | null)[];

  @Field(() => [Boolean], { description: 'Per dimension: true when the group covers every value of it' })
  all!: boolean[];

  @Field(() => AttendanceMeasures)
  measures!: AttendanceMeasures;

  @Field(() => [ReasonSessions])
  reasons!: ReasonSessions[];

  @Field(() => Int, { description: 'Absence sessions of the persistently absent enrolments' })
  persistentAbsenceSessions!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Share of all absence (%) that is absence of persistently absent enrolments; null with none',
  })
  persistentShareOfAbsence!: number | null;

  @Field(() => [BandEnrolments])
  bands!: BandEnrolments[];
}

@ObjectType({ description: "A cohort's figures for a period, broken down by one or two dimensions." })
export class CohortMeasures extends PeriodFigures {
  @Field(() => CohortEnum)
  cohort!: CohortEnum;

  @Field(() => [MeasureDimensionEnum])
  dimensions!: MeasureDimension[];

  @Field(() => [CohortGroup], {
    description: 'Every group, every one-dimension subtotal, then the total first',
  })
  groups!: CohortGroup[];
}
