import { Field, ObjectType } from 'type-graphql';
import { OrderStatus } from './order-status.enum';

@ObjectType({ description: "An order's status after closing or cancelling it" })
export class OrderStatusChange {
  @Field(() => String)
  orderNo!: string;

  @Field(() => OrderStatus)
  status!: OrderStatus;
}
