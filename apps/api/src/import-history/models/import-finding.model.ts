import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A problem found in an export, located as exactly as the source allows.' })
export class ImportFindingModel {
  @Field()
  file!: string;

  @Field(() => Int, { nullable: true, description: 'Line in the file, the header being line 1' })
  line?: number;

  @Field(() => String, { nullable: true })
  column?: string;

  @Field(() => String, { nullable: true })
  value?: string;

  @Field()
  message!: string;
}
