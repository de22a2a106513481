import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A past transfer of cards (划卡记录)' })
export class CardTransferRecord {
  @Field(() => String)
  transferId!: string;

  @Field(() => String, { description: 'The receiving account' })
  consignee!: string;

  @Field(() => Int)
  count!: number;

  @Field(() => [String], { description: 'ICCIDs' })
  cards!: string[];

  @Field(() => GraphQLDateTimeISO)
  createdAt!: Date;
}
