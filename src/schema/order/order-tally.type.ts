import { Field, Int, ObjectType } from 'type-graphql';
import { Money } from '../common/money.type';

@ObjectType({ description: 'Paid orders over a period: how many and how much' })
export class OrderTally {
  @Field(() => Int, { description: 'How many paid orders' })
  count!: number;

  @Field(() => Money, { description: 'Their total amount' })
  amount!: Money;
}
