import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A past import of cards (导卡记录)' })
export class CardImportRecord {
  @Field(() => String, { description: 'The import number' })
  importId!: string;

  @Field(() => Int, { description: 'Rows submitted' })
  total!: number;

  @Field(() => Int, { description: 'Rows imported' })
  succeeded!: number;

  @Field(() => Int, { description: 'Rows refused' })
  failed!: number;

  @Field(() => GraphQLDateTimeISO, { description: 'When the import was made' })
  createdAt!: Date;
}
