import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description:
    "Who the LA contacts at a school about attendance (the school's attendance lead), kept by the LA",
})
export class SchoolContact {
  @Field()
  name!: string;

  @Field({ description: 'e.g. Attendance lead' })
  role!: string;

  @Field()
  email!: string;

  @Field()
  telephone!: string;
}
