import { Field, ObjectType } from 'type-graphql';
import { OrderTally } from './order-tally.type';

@ObjectType({ description: 'Paid orders per Asia/Shanghai calendar day (shingsou.md §6.2)' })
export class OrderStatistics {
  @Field(() => OrderTally)
  today!: OrderTally;

  @Field(() => OrderTally)
  yesterday!: OrderTally;

  @Field(() => OrderTally, { description: 'The last 7 days, today included' })
  last7Days!: OrderTally;
}
