import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A past import of cards (导卡记录)' })
export class CardImportRecord {
  @Field(() => String)
  importId!: string;

  @Field(() => Int)
  total!: number;

  @Field(() => Int)
  succeeded!: number;

  @Field(() => Int)
  failed!: number;

  @Field(() => GraphQLDateTimeISO)
  createdAt!: Date;
}
