import { Field, ObjectType } from '@nestjs/graphql';
import { SchoolDataQuality } from './school-data-quality.model.js';

@ObjectType({
  description: 'Which schools sent data for which dates, how stale each is, and unresolved N marks.',
})
export class DataQuality {
  @Field(() => String, { nullable: true })
  dataAsOf!: string | null;

  @Field(() => [String], { description: "The LA's most recent register dates, newest first" })
  recentRegisterDates!: string[];

  @Field(() => [SchoolDataQuality])
  schools!: SchoolDataQuality[];
}
