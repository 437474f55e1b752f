import { Field, Float, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description:
    'A published figure: a number, or a DfE symbol in its place (c suppressed, x not available, z not applicable, k rounds to 0, low). Never both.',
})
export class PublishedFigure {
  @Field(() => Float, { nullable: true })
  value!: number | null;

  @Field(() => String, { nullable: true })
  symbol!: string | null;
}
