import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description:
    'Attendance in one school week (Monday start), all enrolments with possible sessions that week.',
})
export class WeeklyAttendance {
  @Field()
  weekStart!: string;

  @Field(() => Int)
  possibleSessions!: number;

  @Field(() => Float, { nullable: true })
  attendanceRate!: number | null;

  @Field(() => Float, { nullable: true })
  overallAbsenceRate!: number | null;

  @Field(() => Float, { nullable: true })
  authorisedAbsenceRate!: number | null;

  @Field(() => Float, { nullable: true })
  unauthorisedAbsenceRate!: number | null;
}
