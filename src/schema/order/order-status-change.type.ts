import { Field, ObjectType } from 'type-graphql';
import { OrderStatus } from './order-status.enum';

@ObjectType({ description: "An order's status after closing or cancelling it" })
export class OrderStatusChange {
  @Field(() => String, { description: 'The order number' })
  orderNo!: string;

  @Field(() => OrderStatus, { description: 'The status after the change, e.g. CLOSED' })
  status!: OrderStatus;
}
