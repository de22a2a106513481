import { Field, Int, ObjectType } from 'type-graphql';
import { Order } from './order.type';
import { PageInfo } from '../relay/page-info.type';

@ObjectType({ description: 'One order of a page, with its cursor' })
export class OrderEdge {
  @Field(() => String, { description: 'Pass as after to get the orders after this one' })
  cursor!: string;

  @Field(() => Order, { description: 'The order' })
  node!: Order;
}

@ObjectType({ description: 'A Relay connection over recharge orders, newest first' })
export class OrderConnection {
  @Field(() => [OrderEdge], { description: 'The orders of this page, newest first' })
  edges!: OrderEdge[];

  @Field(() => PageInfo, { description: 'Cursors and whether more pages follow' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'Orders matching the filter, across all pages' })
  totalCount!: number;
}
