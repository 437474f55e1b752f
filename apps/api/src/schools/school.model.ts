import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A school of the LA, as its schools file names it' })
export class School {
  @Field()
  urn!: string;

  @Field()
  name!: string;

  @Field({ description: 'Primary, Secondary, Special or All-through' })
  phase!: string;

  @Field()
  type!: string;
}
