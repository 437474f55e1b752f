import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description:
    "The LA's and every school's statutory-cohort figures in the column layout of the DfE's published absence files (libs/domain/src/dfe-absence-layout/COLUMNS.md), as a CSV file. Unsuppressed: for the LA's analysts; apply disclosure control before publishing.",
})
export class DfeAbsenceFile {
  @Field({ description: 'e.g. dfe-absence-935-202627.csv' })
  fileName!: string;

  @Field()
  contentType!: string;

  @Field(() => Int, { description: 'Data rows, the header not counted' })
  rowCount!: number;

  @Field({
    description: 'The whole file: UTF-8 text, header first, cells that could start a formula made safe',
  })
  csv!: string;
}
