import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class CodeUsage {
  @Field()
  code!: string;

  @Field(() => Int)
  marks!: number;
}
