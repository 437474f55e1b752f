import { Field, Int, ObjectType } from '@nestjs/graphql';
import { AsOfFigures, PupilListRow } from './pupil-list.model.js';

@ObjectType({
  description:
    'A child whose current run of consecutive school days of unexplained absence (N, O) has reached a CME milestone',
})
export class CmeMilestonePupil extends PupilListRow {
  @Field(() => Int, {
    description: "Consecutive school days of unexplained absence up to the school's last school day",
  })
  daysInRun!: number;

  @Field({ description: "The run's first school day" })
  runSince!: string;

  @Field(() => Int, { description: 'The highest milestone reached: 3, 6, 10 or 20 school days' })
  milestone!: number;

  @Field({ description: "The school's last school day on or before asOf: the run is counted back from it" })
  lastSchoolDay!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The last date this academic year the child was present or on an approved educational activity',
  })
  lastAttended!: string | null;
}

@ObjectType({ description: 'A page of the CME milestone list (children of compulsory school age)' })
export class CmeMilestoneList extends AsOfFigures {
  @Field(() => Int, { description: 'The milestone asked for, or 3 when every run was asked for' })
  milestone!: number;

  @Field(() => Int, { description: 'How many children the whole list holds' })
  length!: number;

  @Field(() => [CmeMilestonePupil])
  pupils!: CmeMilestonePupil[];
}
