import { Field, Int, ObjectType, OmitType } from '@nestjs/graphql';
import { EarlyWarningPupil } from '../../early-warning/models/early-warning-list.model.js';

@ObjectType({
  description:
    "The pupil's row of the early-warning list: the year so far and the projected end-of-year attendance (a projection, not a forecast anyone is held to)",
})
export class PupilRecordProjection extends OmitType(
  EarlyWarningPupil,
  ['urn', 'schoolName', 'upn', 'pupilId', 'yearGroup'] as const,
  ObjectType,
) {}

@ObjectType({
  description: 'The current run of unexplained absence (N, O), as the CME milestone list counts it',
})
export class PupilCmeRun {
  @Field(() => Int, {
    description:
      "Consecutive school days of the school's own register, back from its last school day; 0: none",
  })
  daysInRun!: number;

  @Field(() => String, { nullable: true, description: "The run's first school day; null without a run" })
  runSince!: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The highest LA milestone (3, 6, 10 or 20 school days) reached; null below the first',
  })
  milestone!: number | null;

  @Field(() => String, {
    nullable: true,
    description: "The school's last school day on or before statusAsOf: the run is counted back from it",
  })
  lastSchoolDay!: string | null;
}

@ObjectType({
  description:
    'The rolling 10 school weeks of the national penalty-notice threshold, as the penalty-notice list counts them',
})
export class PupilPenaltyNoticeWindow {
  @Field({ description: 'Monday of the earliest school week of the window' })
  windowStart!: string;

  @Field({ description: "The school's last register date on or before statusAsOf" })
  windowEnd!: string;

  @Field(() => Int, { description: "10, fewer only where the school's data starts inside the window" })
  schoolWeeks!: number;

  @Field(() => Int, { description: 'Sessions of G, N, O and U in the window' })
  unauthorisedSessions!: number;

  @Field(() => Int, { description: 'The unauthorised sessions the national threshold needs' })
  threshold!: number;

  @Field()
  meetsThreshold!: boolean;

  @Field(() => String, {
    nullable: true,
    description: "When the window's sessions reached the threshold; null when they have not",
  })
  thresholdMetOn!: string | null;
}
