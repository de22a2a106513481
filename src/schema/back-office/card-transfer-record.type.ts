import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A past transfer of cards (划卡记录)' })
export class CardTransferRecord {
  @Field(() => String, { description: 'The transfer number, e.g. T202405010001' })
  transferId!: string;

  @Field(() => String, { description: 'The receiving account' })
  consignee!: string;

  @Field(() => Int, { description: 'How many cards were transferred' })
  count!: number;

  @Field(() => [String], { description: 'ICCIDs' })
  cards!: string[];

  @Field(() => GraphQLDateTimeISO, { description: 'When the transfer was made' })
  createdAt!: Date;
}
