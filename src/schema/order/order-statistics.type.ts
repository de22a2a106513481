import { Field, ObjectType } from 'type-graphql';
import { OrderTally } from './order-tally.type';

@ObjectType({ description: 'Paid orders per Asia/Shanghai calendar day' })
export class OrderStatistics {
  @Field(() => OrderTally, { description: 'Today so far' })
  today!: OrderTally;

  @Field(() => OrderTally, { description: 'Yesterday' })
  yesterday!: OrderTally;

  @Field(() => OrderTally, { description: 'The last 7 days, today included' })
  last7Days!: OrderTally;
}
