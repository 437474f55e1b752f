import { Field, Int, ObjectType } from '@nestjs/graphql';
import { CodeUsage } from './code-usage.model.js';

@ObjectType({ description: "How complete and current one school's data is." })
export class SchoolDataQuality {
  @Field()
  urn!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  latestExportDate!: string | null;

  @Field(() => String, { nullable: true })
  lastMarkDate!: string | null;

  @Field(() => Int, {
    description: "How many of the LA's recent register dates come after this school's last mark",
  })
  registerDatesBehind!: number;

  @Field(() => [String], { description: "The LA's recent register dates this school has marks for" })
  datesWithMarks!: string[];

  @Field(() => Int, { description: "N marks not replaced within 5 of the school's own school days" })
  overdueReasonNotYetEstablished!: number;

  @Field(() => [CodeUsage], { description: 'Marks by register code, most used first' })
  codesUsed!: CodeUsage[];
}
