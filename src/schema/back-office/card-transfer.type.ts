import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A transfer of cards to another account (划卡)' })
export class CardTransfer {
  @Field(() => String, { description: 'e.g. T202405010001' })
  transferId!: string;

  @Field(() => Int, { description: 'How many cards were transferred' })
  count!: number;
}
