import { ArgsType, Field, Int, registerEnumType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsString, Max, Min } from 'class-validator';
import { MAX_SCHOOL_PAGE } from '@attendance/analytics';

export enum SchoolSortOrder {
  NAME = 'name',
  ATTENDANCE = 'attendance',
  PERSISTENT_ABSENCE = 'persistentAbsence',
  SEVERE_ABSENCE = 'severeAbsence',
  LAST_MARK_DATE = 'lastMarkDate',
  FOUR_WEEK_CHANGE = 'fourWeekChange',
  PENALTY_NOTICE_PUPILS = 'penaltyNoticePupils',
  CME_CHILDREN = 'cmeChildren',
}
registerEnumType(SchoolSortOrder, {
  name: 'SchoolSortOrder',
  description:
    "By name, attendance rate, persistent or severe absence rate, or latest mark; or by the school's actions as of the latest mark (whatever the period): 4-week change, pupils at the penalty-notice threshold, children at the 3-day CME milestone. Schools without the figure last; names then URNs break ties",
  valuesMap: {
    FOUR_WEEK_CHANGE: { description: 'actions.fourWeekChange' },
    PENALTY_NOTICE_PUPILS: { description: 'actions.penaltyNoticePupils' },
    CME_CHILDREN: { description: 'actions.cmeMilestones: the children at the 3-day milestone or beyond' },
  },
});

const DEFAULT_SCHOOL_PAGE = 50;

/** Which of the overview's schools to show: filters, order and page. */
@ArgsType()
export class SchoolFilterArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Only schools of this phase, as the schools file names it',
  })
  @IsOptional()
  @IsString()
  phase?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Only schools of this type, as the schools file names it',
  })
  @IsOptional()
  @IsString()
  type?: string;
}

@ArgsType()
export class SchoolPageArgs extends SchoolFilterArgs {
  @Field(() => SchoolSortOrder, { defaultValue: SchoolSortOrder.NAME })
  @IsEnum(SchoolSortOrder)
  sort: SchoolSortOrder = SchoolSortOrder.NAME;

  @Field(() => Boolean, { defaultValue: false, description: 'Highest first (names Z to A)' })
  @IsBoolean({ message: 'expected true or false' })
  descending = false;

  @Field(() => Int, { defaultValue: DEFAULT_SCHOOL_PAGE })
  @Min(1, { message: `expected 1 to ${MAX_SCHOOL_PAGE}` })
  @Max(MAX_SCHOOL_PAGE, { message: `expected 1 to ${MAX_SCHOOL_PAGE}` })
  limit = DEFAULT_SCHOOL_PAGE;

  @Field(() => Int, { defaultValue: 0 })
  @Min(0, { message: 'expected 0 or more' })
  offset = 0;
}
